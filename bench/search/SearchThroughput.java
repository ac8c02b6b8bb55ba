import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
 * Arguments: --docs N (100000), --rounds R (5: each measurement runs R × 200 queries), --warmup R (2),
 * --put-sample N (1000), --work DIR (a temporary folder), --mariadb JDBC-URL
 * (jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable; "none" skips), --http BASE-URL.
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

    record Settings(int docs, int rounds, int warmup, int putSample, Path work, String mariadb, String http) {
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
            rows.add(new Row("indexing: portal, MaterialIndex.rebuild", "1", "", "", fmt(portal) + " docs/s",
                    percent(portal / raw) + " of raw (goal ≥ 50 %); " + fmt(portalPerCpuSecond) + " docs per CPU-second, "
                            + percent(portalPerCpuSecond / rawPerCpuSecond) + " of raw"));

            searches(index, portalFolder, queries);
            suggestions(index, queries);

            double puts = putOneByOne(index);
            rows.add(new Row("indexing: portal, put() one by one (NRT refresh each)", "1", "", "", fmt(puts) + " docs/s",
                    settings.putSample() + " materials, each searchable on return"));
        }
        mariadb(corpus, queries);
        http(queries);
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
            Latencies[] rawLatencies = new Latencies[THREADS.length];
            for (int t = 0; t < THREADS.length; t++) {
                say("measuring at " + THREADS[t] + " thread(s)");
                portal[t] = measure(portalSearch, queries, THREADS[t], settings.rounds());
                rawLatencies[t] = measure(rawSearch, queries, THREADS[t], settings.rounds());
            }
            for (int t = 0; t < THREADS.length; t++) {
                addSearchRow("search: raw IndexSearcher (top 10, exact totals)", THREADS[t], rawLatencies[t], "");
                String note = THREADS[t] == 1
                        ? String.format(Locale.ROOT, "p50 %.2f×, p95 %.2f× raw (goal ≤ 2×); CPU %.2f× raw",
                        portal[t].percentile(0.5) / rawLatencies[t].percentile(0.5),
                        portal[t].percentile(0.95) / rawLatencies[t].percentile(0.95),
                        portal[t].cpuMillisPerQuery() / rawLatencies[t].cpuMillisPerQuery())
                        : String.format(Locale.ROOT, "%s of raw at %d threads; %s of raw at 2 threads",
                        percent(portal[t].perSecond() / rawLatencies[t].perSecond()), THREADS[t],
                        percent(portal[t].perSecond() / rawLatencies[1].perSecond()));
                addSearchRow("search: portal MaterialIndex.search (top 10, facets, highlights)", THREADS[t], portal[t], note);
            }
            rows.add(new Row("  mean hits per query: portal / raw", "", "", "", "",
                    String.format(Locale.ROOT, "%.0f / %.0f (the portal relaxes a query that matches nothing and adds fuzzy matches)",
                            portal[0].meanHits(), rawLatencies[0].meanHits())));
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

    private void addSearchRow(String what, int threads, Latencies latencies, String note) {
        rows.add(new Row(what, Integer.toString(threads), fmt2(latencies.percentile(0.5)), fmt2(latencies.percentile(0.95)),
                fmt2(latencies.cpuMillisPerQuery()), fmt(latencies.perSecond()) + " q/s", note));
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
                addSearchRow("search: MariaDB MATCH … AGAINST, natural language (top 10, no total)", 1, latencies,
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

    // ---- HTTP (the portal's endpoint, once wired)

    private void http(List<String> queries) throws Exception {
        if (settings.http() == null) {
            rows.add(new Row("search: HTTP GET /api/materials/search", "", "", "", "",
                    "not measured: pass --http http://host:port of a portal indexed with this corpus"));
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = settings.http().replaceAll("/+$", "");
        Search get = q -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/materials/search?size=10&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + q);
            }
            return 0;
        };
        say("HTTP: warming up and measuring " + base);
        measure(get, queries, 1, settings.warmup());
        for (int threads : THREADS) {
            addSearchRow("search: HTTP GET /api/materials/search", threads, measure(get, queries, threads, settings.rounds()), "");
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
                        + "load average %.1f at the end%n", settings.docs(), SyntheticMaterials.queries().size(),
                settings.rounds(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 1 && i <= 5;
                String cell = number ? String.format("%" + width[i] + "s", row[i]) : String.format("%-" + width[i] + "s", row[i]);
                line.append(cell).append(i + 1 < row.length ? " | " : "");
            }
            System.out.println(line.toString().stripTrailing());
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
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        return new Settings(docs, rounds, warmup, putSample, work != null ? work : Files.createTempDirectory("search-bench"),
                mariadb, http);
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
