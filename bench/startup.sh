#!/usr/bin/env bash
# Measures the README's run command (./mvnw -Prun):
#   - seconds from the command to the first HTTP 200 of the portal (http://localhost:8080/api/health,
#     which answers only once the portal is deployed and its database reachable)
#   - WildFly's own boot + deploy time (its "started in" line; the EAR deploys during boot)
#   - heap used after start (after a full GC) and the server's resident memory
# Usage: bench/startup.sh          warm: the Maven cache and the build output as they are
#        bench/startup.sh --cold   cold: an empty HOME (no Maven, no repository) and a clean build,
#                                  everything downloaded from Maven Central
# Stops the portal afterwards. Needs ports 8080, 9990, 3307, 3025, 8025 free.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=warm
goals=()
if [ "${1:-}" = "--cold" ]; then
  mode=cold
  export HOME; HOME=$(mktemp -d)
  # Java takes user.home from the passwd entry, not $HOME: name the empty repository explicitly
  goals=(-Dmaven.repo.local="$HOME/.m2/repository" clean verify)
fi
log=$(mktemp)
start=$(date +%s.%N)
setsid ./mvnw -B -Prun "${goals[@]}" >"$log" 2>&1 &
launcher_group=$!
stop() { kill -TERM -- -"$launcher_group" 2>/dev/null || true; wait "$launcher_group" 2>/dev/null || true; }
trap stop EXIT
first200=""
for _ in $(seq 1 3600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/api/health || true)" = 200 ]; then
    first200=$(echo "$(date +%s.%N) - $start" | bc)
    break
  fi
  if ! kill -0 "$launcher_group" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$first200" ]; then
  echo "the portal did not answer; log: $log" >&2
  tail -30 "$log" >&2
  exit 1
fi
server=$(pgrep -f "java .*jboss-modules.jar.*portal-run" | head -1)
boot=$(grep -o 'started in [0-9]*ms' "$log" | tail -1 | grep -o '[0-9]*')
jcmd "$server" GC.run >/dev/null
heap_used=$(jcmd "$server" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
rss=$(ps -o rss= -p "$server" | tr -d ' ')
printf '%s run: first 200 after %.1f s; WildFly boot + deploy %.1f s; heap used after start %d MiB; RSS %d MiB\n' \
  "$mode" "$first200" "$(echo "$boot / 1000" | bc -l)" $((heap_used / 1024)) $((rss / 1024))
