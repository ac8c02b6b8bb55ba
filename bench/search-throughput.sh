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
#   4. with --http http://host:port, GET /api/materials/search on a running portal (its index must
#      hold the same corpus).
# The corpus: 100,000 generated Vietnamese-like materials of 1–3 KB, a fifth without diacritics,
# and 200 fixed queries (bench/search/SyntheticMaterials.java, fixed seed). Goals: portal search
# p50/p95 within 2× of the raw searcher; portal indexing ≥ 50 % of the raw IndexWriter.
#
# Usage: bench/search-throughput.sh [--docs N] [--rounds R] [--warmup R] [--put-sample N]
#                                   [--mariadb JDBC-URL|none] [--http http://host:port]
# Settings (environment): BENCH_HEAP (6g). Uses a temporary folder, deleted afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
heap=${BENCH_HEAP:-6g}
say() { echo "[bench] $*"; }

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

java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -cp "$work/classes:$classpath" \
  -Djava.util.logging.config.file=/dev/null -Dslf4j.internal.verbosity=ERROR \
  SearchThroughput --work "$work/run" "$@"
