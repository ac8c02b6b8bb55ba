import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.materials.entity.Audience;
import vn.hoctap.portal.search.boundary.MaterialQuery;
import vn.hoctap.portal.search.boundary.MaterialResults;
import vn.hoctap.portal.search.control.MaterialDocuments;
import vn.hoctap.portal.search.control.MaterialIndex;
import vn.hoctap.portal.search.control.MaterialSchema;
import vn.hoctap.portal.search.control.QueryText;

/**
 * The search benchmark of issue 5, in one run (bench/search-throughput.sh compiles and starts it):
 * indexing throughput of the portal's path (MaterialIndex.rebuild, and put() one by one) beside a
 * raw IndexWriter with the same analyzer and documents; query latency and throughput of
 * MaterialIndex.search (top 10, facets, highlights, exact totals) beside a raw IndexSearcher on the
 * same index (top 10, exact totals: the same hit-count policy; the same matching core — every
 * syllable of up to three in title, description, text or metadata — without boosts, facets,
 * highlights or corrections); MariaDB FULLTEXT (natural language mode) on the same corpus; and, with --http, the
 * portal's GET /api/materials/search. Prints one table.
 *
 * With --portal-db (bench/search-throughput.sh --portal passes it, with --http, --portal-admin and
 * --portal-pid, for the portal it started on a fresh database): waits first until the started portal is
 * quiet (its demo materials' text extracted and indexed), and before measuring HTTP loads the same
 * generated materials into the portal's database with JDBC batches (material, material_version,
 * material_text: published FILE materials, version 1 in TXT with its text extracted), has the portal
 * rebuild its index from the database as an administrator (POST /api/search-index/rebuild, then
 * GET /api/search-index until it finished and holds every published material) and prints how long that
 * took; then warms the endpoint up and measures it at 1, 2 and 8 clients (HTTP/1.1, one connection per
 * client), each row beside the raw searcher's, with the CPU the portal process spent per request.
 *
 * Arguments: --docs N (100000), --rounds R (5: each measurement runs R × 200 queries), --warmup R (2),
 * --put-sample N (1000), --work DIR (a temporary folder), --mariadb JDBC-URL
 * (jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable; "none" skips), --http BASE-URL,
 * --http-warmup SECONDS (60: at least that long, and at least --warmup rounds), --portal-db JDBC-URL (with
 * user and password), --portal-admin EMAIL:PASSWORD (an administrator's login, HTTP Basic), --portal-pid PID
 * (the portal's server process, for its CPU time).
 */
public final class SearchThroughput {

    private static final int[] THREADS = {1, 2, 8};
    /** MaterialIndex reports rebuild progress every 500 documents */
    private static final int PROGRESS_STEP = 500;

    private final Settings settings;
    private final List<Row> rows = new ArrayList<>();
    private final MaterialSchema schema = new MaterialSchema();
    private final MaterialDocuments mapping = new MaterialDocuments(schema);
    private double rawPerCpuSecond;
    private double portalPerCpuSecond;
    private double portalRebuildPerSecond;
    /** The library's figures the HTTP rows are set beside (null when not measured). */
    private Latencies[] rawLatencies;
    private Latencies[] portalLatencies;
    private final Row[] portalSearchRows = new Row[THREADS.length];
    private Row portalRebuildRow;
    private Row meanHitsRow;
    private Row mariadbRow;
    private Latencies mariadbLatencies;
    /** Why the portal over HTTP cannot be measured, once known (e.g. it never became quiet). */
    private String portalProblem;
    private String loadDuringSearches = "not measured";
    private int demoMaterials = -1;
    private final List<String> summary = new ArrayList<>();
    private final LoadSampler load = new LoadSampler();

    record Settings(int docs, int rounds, int warmup, int putSample, Path work, String mariadb, String http,
                    int httpWarmupSeconds, String portalDb, String portalAdmin, long portalPid) {
    }

    record Row(String what, String threads, String p50, String p95, String cpu, String rate, String note) {
        Row(String what, String threads, String p50, String p95, String rate, String note) {
            this(what, threads, p50, p95, "", rate, note);
        }
    }

    /**
     * Wall-clock latencies, and the CPU time the measuring threads spent per query: on a shared
     * machine (other builds running) wall time includes waiting for a core, CPU time does not.
     */
    record Latencies(long[] nanos, double seconds, double meanHits, double cpuMillisPerQuery) {
        double percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        double perSecond() {
            return nanos.length / seconds;
        }
    }

    /** One search of one query, answering its hit count. */
    @FunctionalInterface
    interface Search {
        long run(String query) throws Exception;
    }

    SearchThroughput(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        Files.createDirectories(settings.work());
        new SearchThroughput(settings).run();
    }

    void run() throws Exception {
        load.start();
        if (settings.portalDb() != null) {
            awaitQuietPortal();
        }
        List<String> queries = SyntheticMaterials.queries();
        say("generating " + settings.docs() + " materials (seed " + SyntheticMaterials.SEED + ")");
        List<MaterialDocument> corpus = SyntheticMaterials.list(settings.docs());
        long bytes = corpus.stream().mapToLong(m -> m.text().getBytes(StandardCharsets.UTF_8).length).sum();
        say(String.format(Locale.ROOT, "corpus: %d materials, %.0f MB of text (%.1f KB each on average)",
                corpus.size(), bytes / 1e6, bytes / 1024.0 / corpus.size()));

        double raw = rawIndexing(corpus);
        Path portalFolder = settings.work().resolve("portal-index");
        try (MaterialIndex index = MaterialIndex.open(portalFolder)) {
            double portal = portalRebuild(index, corpus);
            portalRebuildPerSecond = portal;
            portalRebuildRow = new Row("indexing: portal, MaterialIndex.rebuild", "1", "", "", fmt(portal) + " docs/s",
                    percent(portal / raw) + " of raw (goal ≥ 50 %); " + fmt(portalPerCpuSecond) + " docs per CPU-second, "
                            + percent(portalPerCpuSecond / rawPerCpuSecond) + " of raw");
            rows.add(portalRebuildRow);

            searches(index, portalFolder, queries);
            suggestions(index, queries);

            double puts = putOneByOne(index);
            rows.add(new Row("indexing: portal, put() one by one (NRT refresh each)", "1", "", "", fmt(puts) + " docs/s",
                    settings.putSample() + " materials, each searchable on return"));
        }
        mariadb(corpus, queries);
        http(corpus, queries);
        print();
    }

    // ---- indexing

    private double rawIndexing(List<MaterialDocument> corpus) throws IOException {
        Path folder = settings.work().resolve("raw-writer");
        say("warming up the analysis (the first 5,000 materials into memory)");
        try (IndexWriter warm = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(schema.indexAnalyzer()))) {
            for (MaterialDocument material : corpus.subList(0, Math.min(5000, corpus.size()))) {
                warm.addDocument(mapping.toLucene(material));
            }
        }
        say("raw IndexWriter: indexing");
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        double perSecond;
        double perCpuSecond;
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(schema.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            for (MaterialDocument material : corpus) {
                writer.addDocument(mapping.toLucene(material));
            }
            writer.commit();
            // timed like the rebuild: up to the commit; closing would also wait for the merges still running
            perSecond = corpus.size() / ((System.nanoTime() - start) / 1e9);
            perCpuSecond = corpus.size() / ((processCpuNanos() - cpuStart) / 1e9);
        }
        rows.add(new Row("indexing: raw IndexWriter, same analyzer and documents", "1", "", "", fmt(perSecond) + " docs/s",
                "addDocument, timed to the commit; " + fmt(perCpuSecond) + " docs per CPU-second"));
        rawPerCpuSecond = perCpuSecond;
        deleteTree(folder);
        return perSecond;
    }

    private double portalRebuild(MaterialIndex index, List<MaterialDocument> corpus) {
        say("portal: MaterialIndex.rebuild");
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long tenth = Math.max(1, corpus.size() / 10);
        index.rebuild(corpus.iterator(), corpus.size(), 0, (done, expected) -> {
            if (done > 0 && done < expected && done % tenth < PROGRESS_STEP) {
                say("  rebuild " + done + " / " + expected);
            }
        });
        portalPerCpuSecond = corpus.size() / ((processCpuNanos() - cpuStart) / 1e9);
        return corpus.size() / ((System.nanoTime() - start) / 1e9);
    }

    private double putOneByOne(MaterialIndex index) {
        say("portal: put() one by one");
        long start = System.nanoTime();
        for (int i = 1; i <= settings.putSample(); i++) {
            index.put(SyntheticMaterials.material(settings.docs() + i));
        }
        return settings.putSample() / ((System.nanoTime() - start) / 1e9);
    }

    // ---- searching

    private void searches(MaterialIndex index, Path portalFolder, List<String> queries) throws Exception {
        String generation = Files.readString(portalFolder.resolve("CURRENT")).strip();
        try (FSDirectory directory = FSDirectory.open(portalFolder.resolve(generation));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher raw = new IndexSearcher(reader);
            Search portalSearch = q -> {
                MaterialResults results = index.search(MaterialQuery.of(q));
                return results.total();
            };
            Search rawSearch = q -> rawSearch(raw, q);
            say("warming up (" + settings.warmup() + " rounds each)");
            measure(portalSearch, queries, 1, settings.warmup());
            measure(rawSearch, queries, 1, settings.warmup());
            Latencies[] portal = new Latencies[THREADS.length];
            rawLatencies = new Latencies[THREADS.length];
            portalLatencies = portal;
            long from = System.nanoTime();
            for (int t = 0; t < THREADS.length; t++) {
                say("measuring at " + THREADS[t] + " thread(s)");
                portal[t] = measure(portalSearch, queries, THREADS[t], settings.rounds());
                rawLatencies[t] = measure(rawSearch, queries, THREADS[t], settings.rounds());
            }
            loadDuringSearches = load.between(from, System.nanoTime());
            for (int t = 0; t < THREADS.length; t++) {
                addSearchRow("search: raw IndexSearcher (top 10, exact totals)", THREADS[t], rawLatencies[t], "");
                String note = THREADS[t] == 1
                        ? String.format(Locale.ROOT, "p50 %.2f×, p95 %.2f× raw (goal ≤ 2×); CPU %.2f× raw",
                        portal[t].percentile(0.5) / rawLatencies[t].percentile(0.5),
                        portal[t].percentile(0.95) / rawLatencies[t].percentile(0.95),
                        portal[t].cpuMillisPerQuery() / rawLatencies[t].cpuMillisPerQuery())
                        : THREADS[t] == 2 ? percent(portal[t].perSecond() / rawLatencies[t].perSecond()) + " of raw at 2 threads"
                        : String.format(Locale.ROOT, "%s of raw at %d threads; %s of raw at 2 threads",
                        percent(portal[t].perSecond() / rawLatencies[t].perSecond()), THREADS[t],
                        percent(portal[t].perSecond() / rawLatencies[1].perSecond()));
                portalSearchRows[t] = addSearchRow("search: portal MaterialIndex.search (top 10, facets, highlights)",
                        THREADS[t], portal[t], note);
            }
            meanHitsRow = new Row("  mean hits per query: portal / raw", "", "", "", "",
                    String.format(Locale.ROOT, "%.0f / %.0f (the portal relaxes a query that matches nothing and adds fuzzy matches)",
                            portal[0].meanHits(), rawLatencies[0].meanHits()));
            rows.add(meanHitsRow);
        }
    }

    /** The search box's suggestions, as a resident types: each query cut two characters short. */
    private void suggestions(MaterialIndex index, List<String> queries) throws Exception {
        List<String> prefixes = queries.stream().map(q -> q.substring(0, Math.max(2, q.length() - 2))).toList();
        Search suggest = prefix -> index.suggest(prefix, 8).size();
        measure(suggest, prefixes, 1, settings.warmup());
        Latencies latencies = measure(suggest, prefixes, 1, settings.rounds());
        addSearchRow("suggest: MaterialIndex.suggest (8 titles for a typed prefix)", 1, latencies,
                String.format(Locale.ROOT, "%.1f titles per prefix on average", latencies.meanHits()));
    }

    /** The baseline: the portal's matching core without its boosts, corrections, facets or highlights. */
    private long rawSearch(IndexSearcher searcher, String q) throws IOException {
        QueryText text = QueryText.parse(schema, q);
        Set<String> syllables = new LinkedHashSet<>(text.folded());
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        for (String syllable : syllables) {
            List<Query> fields = List.of(
                    new BoostQuery(new TermQuery(new Term(MaterialSchema.TITLE, syllable)), 2f),
                    new BoostQuery(new TermQuery(new Term(MaterialSchema.DESCRIPTION, syllable)), 1.5f),
                    new TermQuery(new Term(MaterialSchema.TEXT, syllable)),
                    new TermQuery(new Term(MaterialSchema.METADATA, syllable)));
            core.add(new DisjunctionMaxQuery(fields, 0.3f), Occur.SHOULD);
        }
        core.setMinimumNumberShouldMatch(syllables.size() <= 3 ? syllables.size() : (int) Math.ceil(syllables.size() * 0.75));
        TopDocs top = searcher.search(core.build(), new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, Set.of(MaterialSchema.ID));
            doc.get(MaterialSchema.ID);
        }
        return top.totalHits.value;
    }

    private static Latencies measure(Search search, List<String> queries, int threads, int rounds) throws Exception {
        int total = queries.size() * rounds;
        long[] nanos = new long[total];
        AtomicLong hits = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong next = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String q = queries.get((int) (i % queries.size()));
                    long before = System.nanoTime();
                    try {
                        hits.addAndGet(search.run(q));
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                        return;
                    }
                    nanos[(int) i] = System.nanoTime() - before;
                }
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return new Latencies(nanos, (System.nanoTime() - start) / 1e9, hits.get() / (double) total,
                cpuNanos.get() / 1e6 / total);
    }

    private Row addSearchRow(String what, int threads, Latencies latencies, String note) {
        Row row = searchRow(what, threads, latencies, note);
        rows.add(row);
        return row;
    }

    private static Row searchRow(String what, int threads, Latencies latencies, String note) {
        double cpu = latencies.cpuMillisPerQuery();
        return new Row(what, Integer.toString(threads), fmt2(latencies.percentile(0.5)), fmt2(latencies.percentile(0.95)),
                Double.isNaN(cpu) ? "" : fmt2(cpu), fmt(latencies.perSecond()) + " q/s", note);
    }

    /** Puts rows right after another (the HTTP figures beside the library's), or at the end when it is missing. */
    private void insertAfter(Row anchor, Row... added) {
        int at = anchor == null ? -1 : rows.indexOf(anchor);
        rows.addAll(at < 0 ? rows.size() : at + 1, List.of(added));
    }

    // ---- MariaDB FULLTEXT

    private void mariadb(List<MaterialDocument> corpus, List<String> queries) throws InterruptedException {
        if (settings.mariadb().equals("none")) {
            rows.add(new Row("MariaDB FULLTEXT", "", "", "", "", "skipped (--mariadb none)"));
            return;
        }
        try (Connection connection = DriverManager.getConnection(settings.mariadb())) {
            say("MariaDB: loading the corpus into search_bench");
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS search_bench");
                sql.execute("CREATE DATABASE search_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                sql.execute("USE search_bench");
                sql.execute("CREATE TABLE material (id BIGINT PRIMARY KEY, title VARCHAR(500) NOT NULL, "
                        + "description TEXT NOT NULL, body MEDIUMTEXT NOT NULL) ENGINE=InnoDB");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO material (id, title, description, body) VALUES (?, ?, ?, ?)")) {
                int batch = 0;
                for (MaterialDocument material : corpus) {
                    insert.setLong(1, material.id());
                    insert.setString(2, material.title());
                    insert.setString(3, material.description());
                    insert.setString(4, material.text());
                    insert.addBatch();
                    if (++batch % 500 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            connection.setAutoCommit(true);
            say("MariaDB: building the FULLTEXT index");
            long start = System.nanoTime();
            String minToken;
            try (Statement sql = connection.createStatement()) {
                sql.execute("ALTER TABLE material ADD FULLTEXT INDEX material_text (title, description, body)");
                try (ResultSet rs = sql.executeQuery("SELECT @@innodb_ft_min_token_size")) {
                    rs.next();
                    minToken = rs.getString(1);
                }
            }
            double build = corpus.size() / ((System.nanoTime() - start) / 1e9);
            rows.add(new Row("indexing: MariaDB ALTER TABLE … ADD FULLTEXT (InnoDB)", "1", "", "", fmt(build) + " docs/s",
                    "innodb_ft_min_token_size=" + minToken + ": shorter syllables (mu, ky …) are not indexed"));
            String match = "MATCH (title, description, body) AGAINST (? IN NATURAL LANGUAGE MODE)";
            try (PreparedStatement search = connection.prepareStatement(
                    "SELECT id, " + match + " AS score FROM material WHERE " + match + " ORDER BY score DESC LIMIT 10")) {
                Search top10 = q -> {
                    search.setString(1, q);
                    search.setString(2, q);
                    long n = 0;
                    try (ResultSet rs = search.executeQuery()) {
                        while (rs.next()) {
                            n++;
                        }
                    }
                    return n;
                };
                say("MariaDB: warming up and measuring (" + queries.size() + " queries)");
                measure(top10, queries.subList(0, 20), 1, 1);
                Latencies latencies = measure(top10, queries, 1, 1);
                mariadbLatencies = latencies;
                mariadbRow = addSearchRow("search: MariaDB MATCH … AGAINST, natural language (top 10, no total)", 1, latencies,
                        "portal p50 is " + speedup(latencies) + " faster");
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP DATABASE search_bench");
            }
        } catch (SQLException e) {
            rows.add(new Row("MariaDB FULLTEXT", "", "", "", "", "skipped: " + e.getMessage()));
        } catch (Exception e) {
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("MariaDB measurement failed", e);
        }
    }

    private String speedup(Latencies mariadb) {
        return rows.stream().filter(r -> r.what().startsWith("search: portal") && r.threads().equals("1")).findFirst()
                .map(r -> String.format(Locale.ROOT, "%.0f×", mariadb.percentile(0.5) / Double.parseDouble(r.p50())))
                .orElse("?");
    }

    // ---- HTTP: the portal's endpoint, on the same corpus

    private static final String HTTP_ROW = "search: HTTP GET /api/materials/search?size=10 (clients; CPU: the server process)";
    private static final int LOAD_BATCH = 500;

    /** Why the portal over HTTP is not measured; said in the table. */
    private static final class NotMeasured extends Exception {
        NotMeasured(String why) {
            super(why, null, false, false);
        }
    }

    /** GET /api/search-index as the benchmark reads it; lastRebuild's fields are null without one. */
    record IndexState(boolean open, long documents, long published, String reason, long done, long expected,
                      Instant startedAt, Instant finishedAt, String failure) {
        boolean rebuilding() {
            return startedAt != null && finishedAt == null;
        }

        static IndexState parse(String json) {
            int at = json.indexOf("\"lastRebuild\":{");
            String top = at < 0 ? json : json.substring(0, at) + json.substring(json.indexOf('}', at) + 1);
            String rebuild = at < 0 ? "" : json.substring(at, json.indexOf('}', at) + 1);
            String started = string(rebuild, "startedAt");
            String finished = string(rebuild, "finishedAt");
            return new IndexState("true".equals(value(top, "open")), number(top, "documents"), number(top, "published"),
                    string(rebuild, "reason"), number(rebuild, "done"), number(rebuild, "expected"),
                    started == null ? null : Instant.parse(started), finished == null ? null : Instant.parse(finished),
                    string(rebuild, "failure"));
        }

        private static String value(String json, String key) {
            Matcher m = Pattern.compile("\"" + key + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]*)").matcher(json);
            return m.find() ? m.group(1).strip() : null;
        }

        private static long number(String json, String key) {
            String v = value(json, key);
            return v == null || !v.matches("-?[0-9]+") ? -1 : Long.parseLong(v);
        }

        private static String string(String json, String key) {
            String v = value(json, key);
            return v == null || !v.startsWith("\"") ? null : v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
    }

    private HttpClient adminClient;
    private boolean adminSession;

    private void http(List<MaterialDocument> corpus, List<String> queries) throws Exception {
        if (settings.http() == null) {
            rows.add(new Row(HTTP_ROW, "", "", "", "",
                    "not measured: pass --http http://host:port of a portal indexed with this corpus, "
                            + "or run bench/search-throughput.sh --portal"));
            return;
        }
        String base = settings.http().replaceAll("/+$", "");
        try {
            if (portalProblem != null) {
                throw new NotMeasured(portalProblem);
            }
            if (settings.portalDb() != null) {
                Row loaded = loadIntoPortal(corpus);
                rebuildPortal(loaded);
            } else {
                say("HTTP: no --portal-db: the portal at " + base + " must already hold this corpus");
            }
            measureHttp(base, queries);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // the library's figures are printed all the same
            String why = e instanceof NotMeasured ? e.getMessage() : "failed: " + e;
            say("HTTP: not measured: " + why);
            rows.add(new Row(HTTP_ROW, "", "", "", "", "not measured: " + why));
            summary.add("GET /api/materials/search over HTTP: not measured: " + why);
        }
    }

    /**
     * The started portal loads its demo content, extracts the demo files' text in the background and
     * builds its index: the library's figures must not share the cores with that.
     */
    private void awaitQuietPortal() throws InterruptedException {
        say("portal: waiting until it is quiet (demo materials' text extracted, index open and complete)");
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(10).toNanos();
        String last = "no answer yet";
        try (Connection connection = DriverManager.getConnection(settings.portalDb())) {
            while (true) {
                long extracting = count(connection,
                        "SELECT COUNT(*) FROM material_version WHERE extraction IN ('QUEUED', 'EXTRACTING')");
                HttpResponse<String> answer = asAdmin("GET", "/api/search-index");
                if (answer.statusCode() == 200) {
                    IndexState state = IndexState.parse(answer.body());
                    if (extracting == 0 && state.open() && !state.rebuilding() && state.documents() == state.published()) {
                        demoMaterials = (int) state.published();
                        say(String.format(Locale.ROOT, "portal: quiet after %.0f s: %d demo materials published and indexed",
                                (System.nanoTime() - start) / 1e9, demoMaterials));
                        return;
                    }
                    last = extracting + " files to extract, " + answer.body();
                } else {
                    last = "GET /api/search-index answered " + answer.statusCode() + ": " + answer.body();
                    if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                        portalProblem = "the administrator's login was refused (" + last + ")";
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    portalProblem = "the portal did not become quiet in 10 minutes (" + last + ")";
                    return;
                }
                Thread.sleep(1000);
            }
        } catch (SQLException e) {
            portalProblem = "cannot use the portal's database (" + e.getMessage() + ")";
        } catch (IOException e) {
            portalProblem = "cannot reach the portal at " + settings.http() + " (" + e + ")";
        } finally {
            if (portalProblem != null) {
                say("portal: " + portalProblem + "; HTTP will not be measured");
            }
        }
    }

    /**
     * The very materials the raw searcher indexed, as published FILE materials of the portal: one
     * version (TXT, text/plain, the text's SHA-256 and size, its text extracted) and its text. Ids
     * follow the database's (after the demo materials'); subjects by code; centres by the generated
     * number when the portal has that many, else round-robin over its centres, whose names become the
     * publisher names. No files are written (nothing reads them for search) and the change stamps stay 0:
     * the minute's catch-up ignores these rows, the rebuild reads every published material.
     */
    private Row loadIntoPortal(List<MaterialDocument> corpus) throws NotMeasured, InterruptedException {
        say("portal: loading the " + corpus.size() + " materials into its database (JDBC batches of " + LOAD_BATCH + ")");
        try (Connection connection = DriverManager.getConnection(settings.portalDb())) {
            Map<String, Long> subjects = new HashMap<>();
            List<Long> centreIds = new ArrayList<>();
            List<String> centreNames = new ArrayList<>();
            long materialBase;
            long versionBase;
            try (Statement sql = connection.createStatement()) {
                try (ResultSet rs = sql.executeQuery("SELECT code, id FROM subject")) {
                    while (rs.next()) {
                        subjects.put(rs.getString(1), rs.getLong(2));
                    }
                }
                try (ResultSet rs = sql.executeQuery("SELECT id, name FROM learning_centre ORDER BY id")) {
                    while (rs.next()) {
                        centreIds.add(rs.getLong(1));
                        centreNames.add(rs.getString(2));
                    }
                }
                materialBase = count(connection, "SELECT COALESCE(MAX(id), 0) FROM material");
                versionBase = count(connection, "SELECT COALESCE(MAX(id), 0) FROM material_version");
                if (demoMaterials < 0) {
                    demoMaterials = (int) count(connection, "SELECT COUNT(*) FROM material WHERE status = 'PUBLISHED'");
                }
            }
            for (String code : SyntheticMaterials.SUBJECTS) {
                if (!subjects.containsKey(code)) {
                    throw new NotMeasured("the portal's database has no subject " + code + " (demo content not loaded?)");
                }
            }
            if (centreIds.isEmpty()) {
                throw new NotMeasured("the portal's database has no learning centre (demo content not loaded?)");
            }
            boolean byNumber = centreIds.size() >= SyntheticMaterials.CENTRES
                    && centreIds.subList(0, SyntheticMaterials.CENTRES).equals(
                    java.util.stream.LongStream.rangeClosed(1, SyntheticMaterials.CENTRES).boxed().toList());
            Audience.SetConverter audiences = new Audience.SetConverter();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Timestamp now = Timestamp.from(Instant.now());
            long start = System.nanoTime();
            long tenth = Math.max(1, corpus.size() / 10);
            connection.setAutoCommit(false);
            try (PreparedStatement material = connection.prepareStatement("""
                    INSERT INTO material (id, kind, title, description, subject_id, audiences, level, language, licence,
                        author, centre_id, unit_id, publisher_name, published_on, format, link_url, status, current_version,
                        change_stamp, created_at, created_by, version)
                    VALUES (?, 'FILE', ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 'TXT', NULL, 'PUBLISHED', 1, 0, ?, NULL, 0)""");
                 PreparedStatement version = connection.prepareStatement("""
                    INSERT INTO material_version (id, material_id, number, sha256, size_bytes, media_type, format, file_name,
                        uploaded_at, uploaded_by, extraction, failure, pages_done, pages_total, characters, text_truncated,
                        extracted_at, version)
                    VALUES (?, ?, 1, ?, ?, 'text/plain', 'TXT', ?, ?, NULL, 'DONE', NULL, NULL, NULL, ?, FALSE, ?, 0)""");
                 PreparedStatement text = connection.prepareStatement(
                         "INSERT INTO material_text (version_id, content) VALUES (?, ?)")) {
                int batch = 0;
                for (MaterialDocument m : corpus) {
                    long id = materialBase + m.id();
                    long versionId = versionBase + m.id();
                    int centre = byNumber ? centreIds.indexOf(m.centreId())
                            : (int) ((m.centreId() - 1) % centreIds.size());
                    EnumSet<Audience> audienceSet = EnumSet.noneOf(Audience.class);
                    m.audiences().forEach(a -> audienceSet.add(Audience.valueOf(a)));
                    byte[] bytes = m.text().getBytes(StandardCharsets.UTF_8);

                    material.setLong(1, id);
                    material.setString(2, m.title());
                    material.setString(3, m.description());
                    material.setLong(4, subjects.get(m.subject()));
                    material.setString(5, audiences.convertToDatabaseColumn(audienceSet));
                    material.setString(6, m.level());
                    material.setString(7, m.language());
                    material.setString(8, m.licence());
                    material.setString(9, m.author());
                    material.setLong(10, centreIds.get(centre));
                    material.setString(11, centreNames.get(centre));
                    material.setDate(12, Date.valueOf(m.published()));
                    material.setTimestamp(13, now);
                    material.addBatch();

                    version.setLong(1, versionId);
                    version.setLong(2, id);
                    version.setString(3, HexFormat.of().formatHex(sha256.digest(bytes)));
                    version.setLong(4, bytes.length);
                    version.setString(5, "hoc-lieu-" + m.id() + ".txt");
                    version.setTimestamp(6, now);
                    version.setLong(7, m.text().length());
                    version.setTimestamp(8, now);
                    version.addBatch();

                    text.setLong(1, versionId);
                    text.setString(2, m.text());
                    text.addBatch();
                    if (++batch % LOAD_BATCH == 0) {
                        material.executeBatch();
                        version.executeBatch();
                        text.executeBatch();
                        connection.commit();
                    }
                    if (batch % tenth == 0 && batch < corpus.size()) {
                        say("  loaded " + batch + " / " + corpus.size());
                    }
                }
                material.executeBatch();
                version.executeBatch();
                text.executeBatch();
                connection.commit();
            }
            double perSecond = corpus.size() / ((System.nanoTime() - start) / 1e9);
            String centres = byNumber ? "centres by number" : "centres round-robin over the portal's " + centreIds.size();
            Row row = new Row("loading: the corpus into the portal's database, JDBC batches", "1", "", "",
                    fmt(perSecond) + " docs/s", "material + material_version + material_text, published TXT files; "
                    + centres + "; beside its " + demoMaterials + " demo materials");
            insertAfter(portalRebuildRow, row);
            return row;
        } catch (SQLException e) {
            throw new NotMeasured("loading the corpus into the portal's database failed (" + e.getMessage() + ")");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal rebuilds its index from its database (MaterialFeed, pages of 500), as an administrator asks it to. */
    private void rebuildPortal(Row after) throws NotMeasured, InterruptedException {
        try {
            long cpuBefore = portalCpuNanos();
            HttpResponse<String> answer = asAdmin("POST", "/api/search-index/rebuild");
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (answer.statusCode() == 409 && System.nanoTime() < deadline) {
                // one of its own is running (it should not: the portal was quiet before the load)
                say("HTTP: a rebuild is running already; waiting for it to finish");
                Thread.sleep(2000);
                answer = asAdmin("POST", "/api/search-index/rebuild");
            }
            if (answer.statusCode() != 202) {
                throw new NotMeasured("POST /api/search-index/rebuild answered " + answer.statusCode() + ": " + answer.body());
            }
            IndexState started = IndexState.parse(answer.body());
            if (started.startedAt() == null) {
                throw new NotMeasured("POST /api/search-index/rebuild answered without a rebuild: " + answer.body());
            }
            say("portal: rebuilding its index from the database (" + started.expected() + " published materials)");
            deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
            long tenth = Math.max(1, started.expected() / 10);
            long reported = 0;
            IndexState state;
            while (true) {
                Thread.sleep(1000);
                HttpResponse<String> status = asAdmin("GET", "/api/search-index");
                if (status.statusCode() != 200) {
                    throw new NotMeasured("GET /api/search-index answered " + status.statusCode() + ": " + status.body());
                }
                state = IndexState.parse(status.body());
                if (!started.startedAt().equals(state.startedAt())) {
                    throw new NotMeasured("another rebuild replaced the benchmark's: " + status.body());
                }
                if (state.finishedAt() != null && state.failure() != null) {
                    throw new NotMeasured("the portal's rebuild failed: " + state.failure());
                }
                if (state.finishedAt() != null && state.documents() == state.published()) {
                    break;
                }
                if (state.done() / tenth > reported && state.finishedAt() == null) {
                    reported = state.done() / tenth;
                    say("  portal rebuild " + state.done() + " / " + state.expected());
                }
                if (System.nanoTime() > deadline) {
                    throw new NotMeasured("the portal's rebuild did not finish in 60 minutes: " + status.body());
                }
            }
            long cpu = cpuBefore < 0 ? -1 : portalCpuNanos() - cpuBefore;
            double seconds = Duration.between(state.startedAt(), state.finishedAt()).toNanos() / 1e9;
            double perSecond = state.done() / seconds;
            say(String.format(Locale.ROOT, "portal: rebuilt %d materials in %.1f s (%s docs/s); its index holds %d of %d published",
                    state.done(), seconds, fmt(perSecond), state.documents(), state.published()));
            insertAfter(after, new Row("indexing: portal server, POST /api/search-index/rebuild (from MariaDB)", "1", "", "",
                    fmt(perSecond) + " docs/s", String.format(Locale.ROOT, "%,d materials in %.1f s (server clock); %s%s of "
                            + "MaterialIndex.rebuild from memory", state.done(), seconds,
                    cpu < 0 ? "" : fmt(state.done() / (cpu / 1e9)) + " docs per CPU-second of the portal process; ",
                    percent(perSecond / portalRebuildPerSecond))));
            summary.add(String.format(Locale.ROOT, "the portal's rebuild from its database: %,d materials in %.1f s, %s docs/s",
                    state.done(), seconds, fmt(perSecond)));
        } catch (IOException e) {
            throw new NotMeasured("the portal's rebuild: " + e);
        }
    }

    private void measureHttp(String base, List<String> queries) throws Exception {
        // HTTP/1.1, one connection per client thread, as browsers behind one address would; no h2c upgrade
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Search get = q -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/materials/search?size=10&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + q + ": " + response.body());
            }
            return total(response.body());
        };
        say("HTTP: warming up " + base + " (at least " + settings.warmup() + " rounds and " + settings.httpWarmupSeconds() + " s)");
        long warmStart = System.nanoTime();
        measure(get, queries, 1, settings.warmup());
        while ((System.nanoTime() - warmStart) / 1e9 < settings.httpWarmupSeconds()) {
            measure(get, queries, 2, 1);
        }
        Latencies[] http = new Latencies[THREADS.length];
        long from = System.nanoTime();
        for (int t = 0; t < THREADS.length; t++) {
            say("HTTP: measuring at " + THREADS[t] + " client(s)");
            http[t] = measureWithPortalCpu(get, queries, THREADS[t], settings.rounds());
        }
        String loadDuring = load.between(from, System.nanoTime());
        for (int t = 0; t < THREADS.length; t++) {
            String note = "";
            if (rawLatencies != null && THREADS[t] == 1) {
                note = String.format(Locale.ROOT, "p50 %.2f×, p95 %.2f× raw (goal ≤ 2×)",
                        http[t].percentile(0.5) / rawLatencies[t].percentile(0.5),
                        http[t].percentile(0.95) / rawLatencies[t].percentile(0.95))
                        + (Double.isNaN(http[t].cpuMillisPerQuery()) ? "" : String.format(Locale.ROOT,
                        "; CPU: the portal process's, %.2f× raw", http[t].cpuMillisPerQuery() / rawLatencies[t].cpuMillisPerQuery()));
            } else if (rawLatencies != null && THREADS[t] == 2) {
                note = percent(http[t].perSecond() / rawLatencies[t].perSecond()) + " of raw at 2 threads";
            } else if (rawLatencies != null) {
                note = String.format(Locale.ROOT, "%s of raw at %d threads; %s of raw at 2 threads%s",
                        percent(http[t].perSecond() / rawLatencies[t].perSecond()), THREADS[t],
                        percent(http[t].perSecond() / rawLatencies[1].perSecond()), THREADS[t] == 8 ? " (goal ≥ 60 %)" : "");
            }
            Row row = searchRow(HTTP_ROW, THREADS[t], http[t], note);
            if (portalSearchRows[t] != null) {
                insertAfter(portalSearchRows[t], row);
            } else {
                rows.add(row);
            }
        }
        if (portalLatencies != null) {
            insertAfter(meanHitsRow, new Row("  mean hits per query: HTTP / portal library", "", "", "", "",
                    String.format(Locale.ROOT, "%.0f / %.0f (%s)", http[0].meanHits(), portalLatencies[0].meanHits(),
                            settings.portalDb() == null ? "the portal's own materials"
                                    : "the portal's database also holds its " + demoMaterials + " demo materials")));
        }
        if (mariadbRow != null) {
            rows.set(rows.indexOf(mariadbRow), new Row(mariadbRow.what(), mariadbRow.threads(), mariadbRow.p50(),
                    mariadbRow.p95(), mariadbRow.cpu(), mariadbRow.rate(), mariadbRow.note() + String.format(Locale.ROOT,
                    "; HTTP p50 is %s faster (goal ≥ 40×)", times(mariadbLatencies.percentile(0.5) / http[0].percentile(0.5)))));
        }
        goals(http, loadDuring);
    }

    /** The goals for the portal over HTTP, under the table. */
    private void goals(Latencies[] http, String loadDuring) {
        if (settings.portalDb() != null) {
            summary.add(String.format(Locale.ROOT, "the portal's index: %,d generated materials (the raw searcher's) + %d demo materials",
                    settings.docs(), demoMaterials));
        }
        if (rawLatencies != null) {
            double p50 = http[0].percentile(0.5) / rawLatencies[0].percentile(0.5);
            double p95 = http[0].percentile(0.95) / rawLatencies[0].percentile(0.95);
            summary.add(String.format(Locale.ROOT, "1 client over HTTP: p50 %.2f ms vs raw %.2f ms (%.2f×), p95 %.2f ms vs raw %.2f ms "
                            + "(%.2f×); goal within 2×: %s", http[0].percentile(0.5), rawLatencies[0].percentile(0.5), p50,
                    http[0].percentile(0.95), rawLatencies[0].percentile(0.95), p95, verdict(p50 <= 2 && p95 <= 2)));
            if (!Double.isNaN(http[0].cpuMillisPerQuery())) {
                summary.add(String.format(Locale.ROOT, "  CPU per request at 1 client (steadier than wall time on a shared machine): "
                                + "%.2f ms in the portal's server process vs %.2f ms for the raw searcher (%.2f×)",
                        http[0].cpuMillisPerQuery(), rawLatencies[0].cpuMillisPerQuery(),
                        http[0].cpuMillisPerQuery() / rawLatencies[0].cpuMillisPerQuery()));
            }
            double share = http[2].perSecond() / rawLatencies[1].perSecond();
            summary.add(String.format(Locale.ROOT, "8 clients over HTTP: %s q/s vs raw searcher on 2 threads %s q/s (%s); goal ≥ 60 %%: %s",
                    fmt(http[2].perSecond()), fmt(rawLatencies[1].perSecond()), percent(share), verdict(share >= 0.6)));
        }
        if (mariadbLatencies != null) {
            double faster = mariadbLatencies.percentile(0.5) / http[0].percentile(0.5);
            summary.add(String.format(Locale.ROOT, "HTTP vs MariaDB FULLTEXT: p50 %.2f ms vs %.0f ms, %s faster; goal ≥ 40×: %s",
                    http[0].percentile(0.5), mariadbLatencies.percentile(0.5), times(faster), verdict(faster >= 40)));
        } else {
            summary.add("HTTP vs MariaDB FULLTEXT: not measured (no MariaDB figures in this run)");
        }
        summary.add("load average during the library's search measurements: " + loadDuringSearches
                + "; during the HTTP measurement: " + loadDuring);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, ratio < 10 ? "%.1f×" : "%.0f×", ratio);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    /** The exact total of an answer of GET /api/materials/search (its last "total": the hits come before it). */
    private static long total(String json) {
        int at = json.lastIndexOf("\"total\":");
        if (at < 0) {
            return 0;
        }
        int from = at + "\"total\":".length();
        int to = from;
        while (to < json.length() && Character.isDigit(json.charAt(to))) {
            to++;
        }
        return to > from ? Long.parseLong(json.substring(from, to)) : 0;
    }

    /** Latencies as the client sees them, with the CPU the portal's server process spent per request. */
    private Latencies measureWithPortalCpu(Search search, List<String> queries, int threads, int rounds) throws Exception {
        long before = portalCpuNanos();
        Latencies client = measure(search, queries, threads, rounds);
        long after = portalCpuNanos();
        double server = before < 0 || after < 0 ? Double.NaN : (after - before) / 1e6 / client.nanos().length;
        return new Latencies(client.nanos(), client.seconds(), client.meanHits(), server);
    }

    /** CPU time of the portal's server process (all its threads), or -1 without --portal-pid. */
    private long portalCpuNanos() {
        if (settings.portalPid() <= 0) {
            return -1;
        }
        return ProcessHandle.of(settings.portalPid()).flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos).orElse(-1L);
    }

    /**
     * A request as the administrator: HTTP Basic once (each Basic login checks a PBKDF2 hash of 210,000
     * iterations: polled every second it would cost the server a good share of a core), then the session
     * it opened; Basic again whenever the session is refused.
     */
    private HttpResponse<String> asAdmin(String method, String path) throws IOException, InterruptedException {
        if (adminClient == null) {
            adminClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }
        boolean basic = !adminSession;
        HttpResponse<String> answer = adminClient.send(adminRequest(method, path, basic), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 401 && !basic) {
            basic = true;
            answer = adminClient.send(adminRequest(method, path, true), HttpResponse.BodyHandlers.ofString());
        }
        if (basic) {
            adminSession = answer.statusCode() / 100 == 2 && answer.headers().firstValue("set-cookie").isPresent();
        }
        return answer;
    }

    private HttpRequest adminRequest(String method, String path, boolean basic) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.http().replaceAll("/+$", "") + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
        if (basic) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    settings.portalAdmin().getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The 1-minute load average every 5 s: what the shared machine did while the figures were taken. */
    static final class LoadSampler {
        private final List<double[]> samples = new ArrayList<>();

        void start() {
            Thread sampler = new Thread(() -> {
                while (true) {
                    double now = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                    synchronized (samples) {
                        samples.add(new double[]{System.nanoTime(), now});
                    }
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "load-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** "mean a, max b" of the samples between two System.nanoTime() readings. */
        String between(long from, long to) {
            synchronized (samples) {
                double[] in = samples.stream().filter(s -> s[0] >= from && s[0] <= to).mapToDouble(s -> s[1]).toArray();
                if (in.length == 0) {
                    return "no sample";
                }
                return String.format(Locale.ROOT, "mean %.1f, max %.1f (%d samples)", Arrays.stream(in).average().orElse(0),
                        Arrays.stream(in).max().orElse(0), in.length);
            }
        }

        String all() {
            return between(Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    // ---- output

    private void print() {
        String[] header = {"measurement", "threads", "p50 ms", "p95 ms", "CPU ms/q", "rate", "note"};
        int[] width = new int[header.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        rows.forEach(r -> cells.add(new String[]{r.what(), r.threads(), r.p50(), r.p95(), r.cpu(), r.rate(), r.note()}));
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Search benchmark: %d materials, %d queries × %d rounds, %d cores, Java %s, "
                        + "load average %.1f at the end, %s during the run (1-minute averages every 5 s)%n", settings.docs(),
                SyntheticMaterials.queries().size(), settings.rounds(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                load.all());
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 1 && i <= 5;
                String cell = number ? String.format("%" + width[i] + "s", row[i]) : String.format("%-" + width[i] + "s", row[i]);
                line.append(cell).append(i + 1 < row.length ? " | " : "");
            }
            System.out.println(line.toString().stripTrailing());
        }
        if (!summary.isEmpty()) {
            System.out.println();
            System.out.println("The portal over HTTP (issue 5's goals):");
            summary.forEach(line -> System.out.println("  " + line));
        }
    }

    private static Settings parse(String[] args) throws IOException {
        int docs = 100_000;
        int rounds = 5;
        int warmup = 2;
        int putSample = 1000;
        Path work = null;
        String mariadb = "jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable";
        String http = null;
        int httpWarmup = 60;
        String portalDb = null;
        String portalAdmin = null;
        long portalPid = -1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--put-sample" -> putSample = Integer.parseInt(value);
                case "--work" -> work = Path.of(value);
                case "--mariadb" -> mariadb = value;
                case "--http" -> http = value;
                case "--http-warmup" -> httpWarmup = Integer.parseInt(value);
                case "--portal-db" -> portalDb = value;
                case "--portal-admin" -> portalAdmin = value;
                case "--portal-pid" -> portalPid = value.isBlank() ? -1 : Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        if (portalDb != null && (http == null || portalAdmin == null || !portalAdmin.contains(":"))) {
            throw new IllegalArgumentException("--portal-db needs --http and --portal-admin EMAIL:PASSWORD");
        }
        return new Settings(docs, rounds, warmup, putSample, work != null ? work : Files.createTempDirectory("search-bench"),
                mariadb, http, httpWarmup, portalDb, portalAdmin, portalPid);
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** CPU time of the whole JVM (the indexing thread and Lucene's merge threads). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void say(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }
}
