#!/usr/bin/env bash
# Enrolment burst (issue 4): 500 residents (signed in, each with its session) enrol at the same
# instant over HTTP into one class of 30 seats. Prints throughput, p50 / p99 latency, confirmed and
# waitlisted counts, errors, and whether the class was overbooked. Goal: 0 errors, 0 overbooking,
# p99 <= 1 s on a 2-core machine.
#   1. starts the run command on a fresh database with the demo content (bench/portal.sh);
#   2. runs bench/EnrolmentBurst.java (JDK only) against it: sign-ups and sign-ins of 2 x 500
#      residents first, then a warm-up burst of 500 into one class (the figures of a freshly started
#      server, whose enrolment code the JIT compiler has not compiled yet) and the measured burst of
#      the other 500 into a second class;
#   3. stops the portal.
# Usage: bench/enrolment-burst.sh [--embedded-db]      Settings: BENCH_RESIDENTS (500), BENCH_SEATS (30)
set -euo pipefail
cd "$(dirname "$0")/.."
base=http://localhost:8080
say() { echo "[bench] $*"; }
work=$(mktemp -d)
. bench/portal.sh
start_portal "$PWD/content" "${1:-}"
say "portal up $(( $(date +%s) - start )) s after the run command ($db)"
java bench/EnrolmentBurst.java "$base" "${BENCH_RESIDENTS:-500}" "${BENCH_SEATS:-30}"
