# Shared by the benchmarks (sourced): a fresh database and the run command on it.
#   start_portal CONTENT_DIR [--embedded-db]
# uses $work (a temporary folder) and sets $db (what database), $log (the portal's log) and $start
# (when the run command started); the portal and its embedded services stop when the script exits.
# The database: `portal_bench` (user `portal_bench`) on the MariaDB at 127.0.0.1:3306 when the
# `mariadb` client can reach it as root without a password (BENCH_DB_ADMIN_USER /
# BENCH_DB_ADMIN_PASSWORD change that), dropped and created afresh; else the run command's embedded
# MariaDB on 3307 with its data in $work (never in .portal/). Needs ports 8080, 9990, 3025, 8025 free.
start_portal() {
  local content=$1 mode=${2:-}
  db="embedded MariaDB (data in $work/state)"
  local client admin
  client=$(command -v mariadb || command -v mysql || true)
  admin=(-h 127.0.0.1 -P 3306 -u "${BENCH_DB_ADMIN_USER:-root}")
  [ -z "${BENCH_DB_ADMIN_PASSWORD:-}" ] || admin+=(-p"$BENCH_DB_ADMIN_PASSWORD")
  if [ "$mode" != "--embedded-db" ] && [ -n "$client" ] && "$client" "${admin[@]}" -e 'select 1' >/dev/null 2>&1; then
    "$client" "${admin[@]}" -e "drop database if exists portal_bench;
      create database portal_bench character set utf8mb4 collate utf8mb4_unicode_ci;
      create user if not exists 'portal_bench'@'localhost' identified by 'portal_bench';
      create user if not exists 'portal_bench'@'127.0.0.1' identified by 'portal_bench';
      grant all privileges on portal_bench.* to 'portal_bench'@'localhost';
      grant all privileges on portal_bench.* to 'portal_bench'@'127.0.0.1';"
    export PORTAL_DB_URL='jdbc:mariadb://127.0.0.1:3306/portal_bench?sslMode=disable'
    export PORTAL_DB_USER=portal_bench PORTAL_DB_PASSWORD=portal_bench
    db="MariaDB $("$client" "${admin[@]}" -N -e 'select version()') at 127.0.0.1:3306, database portal_bench"
  else
    unset PORTAL_DB_URL PORTAL_DB_USER PORTAL_DB_PASSWORD
  fi
  say "database: $db"

  log="$work/portal.log"
  export PORTAL_CONTENT_DIR="$content"
  start=$(date +%s)
  setsid ./mvnw -B -Prun -Dportal.state.dir="$work/state" >"$log" 2>&1 &
  launcher_group=$!
  # stops the portal (and its embedded services) and drops the embedded database's files; the log stays
  stop() { kill -TERM -- -"$launcher_group" 2>/dev/null || true; wait "$launcher_group" 2>/dev/null || true; rm -rf "$work/state"; }
  trap stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  up=""
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' $base/api/health || true)" = 200 ]; then up=yes; break; fi
    if ! kill -0 "$launcher_group" 2>/dev/null; then break; fi
    sleep 0.5
  done
  if [ -z "$up" ]; then
    say "the portal did not answer; log: $log" >&2
    tail -30 "$log" >&2
    exit 1
  fi
}
