#!/usr/bin/env bash
# Search benchmark (issue 5): the materials' full-text search as a library, in one run —
#   1. indexing throughput (docs/s) of the portal's path (MaterialIndex.rebuild; put() one by one,
#      each searchable on return, for a sample) beside a raw Lucene IndexWriter with the same
#      analyzer and documents;
#   2. query latency p50 / p95 and throughput of MaterialIndex.search (top 10 with facets,
#      highlights and exact totals) at 1, 2 and 8 threads, beside a raw IndexSearcher on the same
#      index and queries (top 10, exact totals);
#   3. the same queries as MariaDB MATCH … AGAINST (natural language mode) on a FULLTEXT index of the
#      same corpus, in a database `search_bench` (dropped and created afresh, dropped at the end) on
#      the MariaDB at 127.0.0.1:3306 as root without a password; skipped with a note when unreachable;
#   4. with --portal, GET /api/materials/search of the portal on the same corpus: starts the run
#      command on a fresh database with the demo content before the measurements, as
#      bench/catalog-throughput.sh does (bench/portal.sh: a database `portal_bench`, user
#      `portal_bench`, on the MariaDB at 127.0.0.1:3306 when the `mariadb` client reaches it as root,
#      BENCH_DB_ADMIN_USER / BENCH_DB_ADMIN_PASSWORD to change; else, or with --embedded-db, the run
#      command's embedded MariaDB), waits until it is quiet (demo files extracted and indexed), and
#      after the library's figures loads the same generated materials into its database (JDBC
#      batches: material, material_version, material_text), has it rebuild its index from the
#      database as the demo city administrator (POST /api/search-index/rebuild; its time and docs/s
#      printed), then measures the endpoint at 1, 2 and 8 clients beside the raw searcher (the CPU
#      column: the portal process's), with the issue's goals for it; stops the portal at the end.
#      Its index also holds the 66 demo materials. With --http http://host:port instead, a running
#      portal is measured as it is (its index must hold the same corpus).
# The corpus: 100,000 generated Vietnamese-like materials of 1–3 KB, a fifth without diacritics,
# and 200 fixed queries (bench/search/SyntheticMaterials.java, fixed seed). Goals: portal search
# p50/p95 within 2× of the raw searcher; portal indexing ≥ 50 % of the raw IndexWriter; over HTTP,
# p50/p95 within 2× of the raw searcher at 1 client, ≥ 60 % of the raw searcher's throughput on 2
# threads at 8 clients, ≥ 40× faster than MariaDB FULLTEXT.
#
# Usage: bench/search-throughput.sh [--docs N] [--rounds R] [--warmup R] [--put-sample N]
#                                   [--mariadb JDBC-URL|none]
#                                   [--portal [--embedded-db] [--http-warmup SECONDS] | --http http://host:port]
# Settings (environment): BENCH_HEAP (6g). Uses a temporary folder, deleted afterwards (with
# --portal, but for the portal's log). --portal needs ports 8080, 9990, 3025, 8025 (and 3307 with
# the embedded database) free; a full run with it takes about an hour on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
heap=${BENCH_HEAP:-6g}
say() { echo "[bench] $*"; }
portal=""; embedded=""; args=()
for arg in "$@"; do
  case "$arg" in
    --portal) portal=yes ;;
    --embedded-db) embedded=--embedded-db ;;
    *) args+=("$arg") ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say "compiling the ejb module and the benchmark"
./mvnw -q -pl ejb compile
./mvnw -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=compile >/dev/null
mariadb_version=$(grep -oP '(?<=<mariadb-jdbc.version>)[^<]+' pom.xml)
./mvnw -q dependency:copy -Dartifact="org.mariadb.jdbc:mariadb-java-client:$mariadb_version" \
  -DoutputDirectory="$work/jdbc" >/dev/null
classpath="ejb/target/classes:$(cat "$work/classpath"):$work/jdbc/mariadb-java-client-$mariadb_version.jar"
mkdir -p "$work/classes"
javac -q -d "$work/classes" -cp "$classpath" bench/search/*.java 2>/dev/null || javac -d "$work/classes" -cp "$classpath" bench/search/*.java

portal_args=()
if [ -n "$portal" ]; then
  # the database and the portal (bench/portal.sh): "$log", "$db"; stopped on exit (its log kept)
  base=http://localhost:8080
  . bench/portal.sh
  start_portal "$PWD/content" "$embedded"
  finish() { stop; find "$work" -mindepth 1 -maxdepth 1 ! -name portal.log -exec rm -rf {} +; say "the portal's log: $log"; }
  trap finish EXIT
  say "portal up $(( $(date +%s) - start )) s after the run command ($db)"
  if [ -n "${PORTAL_DB_URL:-}" ]; then
    portal_db="$PORTAL_DB_URL&user=$PORTAL_DB_USER&password=$PORTAL_DB_PASSWORD"
  else
    # the run command's embedded MariaDB (ear: PortalLauncher, EmbeddedMariaDb, PortalDatabaseUser)
    portal_db="jdbc:mariadb://127.0.0.1:3307/portal?sslMode=disable&user=portal&password=portal"
  fi
  # the server process (WildFly) listening on 8080, for the CPU it spends per request
  portal_pid=$(ss -ltnpH 'sport = :8080' 2>/dev/null | grep -oP 'pid=\K[0-9]+' | head -1 || true)
  [ -n "$portal_pid" ] || say "the portal's process not found (ss): its CPU time is not reported"
  portal_args=(--http "$base" --portal-db "$portal_db" --portal-admin "admin.hanoi@hoctap.demo:Hoctap2026"
    --portal-pid "${portal_pid:-}")
fi

java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -cp "$work/classes:$classpath" \
  -Djava.util.logging.config.file=/dev/null -Dslf4j.internal.verbosity=ERROR \
  SearchThroughput --work "$work/run" "${args[@]}" "${portal_args[@]}"
