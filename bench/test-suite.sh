#!/usr/bin/env bash
# Wall time of the whole test command from a clean clone, as CI runs it: clones the committed
# HEAD into a temporary folder and times `bash .ci/run` there (warm Maven cache of this machine).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
git clone -q "$repo" "$work/portal"
cd "$work/portal"
start=$(date +%s)
status=0
bash .ci/run >"$work/ci.log" 2>&1 || status=$?
end=$(date +%s)
grep -E "Tests run: [0-9]+, Failures" "$work/ci.log" | grep -v " in " || true
echo "clean clone: bash .ci/run exited $status after $((end - start)) s (log: $work/ci.log)"
exit $status
