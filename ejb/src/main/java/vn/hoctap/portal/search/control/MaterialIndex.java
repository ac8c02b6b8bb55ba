package vn.hoctap.portal.search.control;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.search.boundary.MaterialQuery;
import vn.hoctap.portal.search.boundary.MaterialResults;
import vn.hoctap.portal.search.boundary.MaterialSuggestion;

/**
 * The search index of the published materials: one per application (the portal keeps it in a
 * singleton), thread-safe, owning its Lucene directory.
 *
 * <p><b>Visibility.</b> {@link #put} and {@link #remove} return once a search sees the change
 * (near-real-time: the searcher is refreshed, blocking, after each change), so a published material
 * is findable and a withdrawn one gone as soon as the call returns.
 *
 * <p><b>Durability.</b> Changes are committed to disk at most {@link Options#commitDelay} after the
 * first uncommitted one (and at {@link #close}): fsyncs are the expensive part of a change, and a
 * burst of changes shares one. Every commit records the highest <em>stamp</em> given with the
 * changes it holds ({@link #committedStamp()}); after a crash the portal re-indexes what changed
 * after that stamp (publications and withdrawals alike), so at most those last seconds are redone.
 * Stamps are the caller's (e.g. a change counter or a timestamp in milliseconds); they must grow.
 *
 * <p><b>Start-up.</b> A missing or empty folder gives an empty index; an unreadable one (corrupt
 * or missing files, a format from another Lucene version) is cleared with a warning. Either way
 * {@link #needsRebuild()} says so, and so it does when the index was written with another
 * {@link MaterialSchema#VERSION} (it still answers until rebuilt). Opening reads every file once to
 * verify its checksum, so damage shows at start rather than in the middle of a search.
 *
 * <p><b>Rebuild.</b> {@link #rebuild} writes a fresh index beside the live one while searches and
 * changes go on against the live one; changes made meanwhile are replayed into the fresh index
 * (they are newer than what the rebuild read), which then replaces the live one atomically.
 *
 * <p>Failures of the disk surface as {@link UncheckedIOException}.
 */
public final class MaterialIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(MaterialIndex.class.getName());
    static final String STAMP_KEY = "stamp";
    static final String SCHEMA_KEY = "schema";
    /** progress is reported every this many documents */
    static final int PROGRESS_EVERY = 500;

    /**
     * @param commitDelay     how long a change may wait for its commit; zero commits each change at once
     * @param liveBufferMb    indexing buffer of the live writer (changes one by one)
     * @param rebuildBufferMb indexing buffer of a rebuild's writer (bulk)
     * @param subjectNames    subject code → Vietnamese name (content/subjects.yaml), searched as metadata;
     *                        a change of names needs a rebuild to reach the documents already indexed
     */
    public record Options(Duration commitDelay, double liveBufferMb, double rebuildBufferMb,
                          Map<String, String> subjectNames) {
        public static final Options DEFAULT = new Options(Duration.ofSeconds(2), 16, 64, Map.of());

        public Options {
            subjectNames = Map.copyOf(subjectNames);
        }

        public Options withCommitDelay(Duration delay) {
            return new Options(delay, liveBufferMb, rebuildBufferMb, subjectNames);
        }

        public Options withSubjectNames(Map<String, String> names) {
            return new Options(commitDelay, liveBufferMb, rebuildBufferMb, names);
        }
    }

    /** Told how a rebuild advances, for a progress bar. */
    @FunctionalInterface
    public interface RebuildProgress {
        RebuildProgress NONE = (done, expected) -> { };

        void progressed(long done, long expected);
    }

    /** The live directory, its writer and its searchers: replaced as one by a rebuild. */
    private record Live(IndexStore.Slot slot, IndexWriter writer, SearcherManager searchers) {
    }

    private final IndexStore store;
    private final Options options;
    private final MaterialSchema schema = new MaterialSchema();
    private final MaterialDocuments documents;
    private final MaterialSearcher searcher;

    /** serialises changes, commits and the swap of a rebuild (short sections only) */
    private final ReentrantLock changes = new ReentrantLock();
    /** searches share it; the swap of a rebuild takes it alone, so no search sees a closed reader */
    private final ReentrantReadWriteLock generation = new ReentrantReadWriteLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final ScheduledExecutorService committer;

    private volatile Live live;
    private volatile boolean closed;
    private volatile String rebuildReason;
    private volatile long committedStamp;
    /** guarded by {@link #changes} */
    private long stamp;
    private boolean dirty;
    private ScheduledFuture<?> pendingCommit;
    /** changes made while a rebuild runs (empty = withdrawn); null when none runs; guarded by {@link #changes} */
    private Map<Long, Optional<MaterialDocument>> changedDuringRebuild;

    private MaterialIndex(IndexStore store, Options options, MaterialQueryBuilder builder) throws IOException {
        this.store = store;
        this.options = options;
        this.documents = new MaterialDocuments(schema, options.subjectNames());
        this.searcher = new MaterialSearcher(schema, builder);
        this.committer = options.commitDelay().isZero() ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "material-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        this.live = openLive();
    }

    /** The index in a folder (created when missing), committing changes within two seconds. */
    public static MaterialIndex open(Path folder) {
        return open(folder, Options.DEFAULT);
    }

    public static MaterialIndex open(Path folder, Options options) {
        return create(new FolderIndexStore(folder), options, new MaterialQueryBuilder());
    }

    /** An index in memory (tests, benchmarks): empty, and gone with the JVM. */
    public static MaterialIndex inMemory() {
        return inMemory(Options.DEFAULT.withCommitDelay(Duration.ZERO), new MaterialQueryBuilder());
    }

    public static MaterialIndex inMemory(Options options, MaterialQueryBuilder builder) {
        return create(new MemoryIndexStore(), options, builder);
    }

    private static MaterialIndex create(IndexStore store, Options options, MaterialQueryBuilder builder) {
        try {
            return new MaterialIndex(store, options, builder);
        } catch (IOException e) {
            throw new UncheckedIOException("Search index at " + store.describe() + " cannot be opened", e);
        }
    }

    /** Whether the index should be rebuilt from the database (empty, cleared, or of another schema). */
    public boolean needsRebuild() {
        return rebuildReason != null;
    }

    /** Why a rebuild is needed, for the log and the admin page; empty when it is not. */
    public Optional<String> rebuildReason() {
        return Optional.ofNullable(rebuildReason);
    }

    /** The highest stamp that is on disk: changes after it may be lost by a crash and must be re-applied. */
    public long committedStamp() {
        return committedStamp;
    }

    /** Adds a material, or replaces its earlier document; searches see it when this returns. */
    public void put(MaterialDocument material) {
        put(material, Long.MIN_VALUE);
    }

    /** @param changeStamp the change's stamp (recorded with the commit), or {@code Long.MIN_VALUE} for none */
    public void put(MaterialDocument material, long changeStamp) {
        change(material.id(), Optional.of(material), changeStamp);
    }

    /** Forgets a material (no error when it is not there); searches miss it when this returns. */
    public void remove(long materialId) {
        remove(materialId, Long.MIN_VALUE);
    }

    public void remove(long materialId, long changeStamp) {
        change(materialId, Optional.empty(), changeStamp);
    }

    /** The number of materials in the index as searches see it now. */
    public int size() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    public MaterialResults search(MaterialQuery query) {
        return read(searcher -> this.searcher.search(searcher, query));
    }

    /**
     * Titles that match what is typed so far, diacritics-insensitive ("ky na" → "Kỹ năng sống …"),
     * titles beginning with it first; empty under two letters.
     */
    public List<MaterialSuggestion> suggest(String prefix, int max) {
        String typed = prefix == null ? "" : prefix.stripLeading();
        if (typed.length() > MaterialQuery.MAX_TEXT) {
            typed = typed.substring(0, MaterialQuery.MAX_TEXT);
        }
        String text = typed;
        return read(searcher -> this.searcher.suggest(searcher, text, Math.min(max, MaterialQuery.MAX_SIZE)));
    }

    /** Rebuilds from every published material; see {@link #rebuild(Iterator, long, long, RebuildProgress)}. */
    public void rebuild(Iterator<MaterialDocument> all, long expected, RebuildProgress progress) {
        rebuild(all, expected, Long.MIN_VALUE, progress);
    }

    /**
     * Builds a fresh index of {@code all} beside the live one and swaps it in; searches and changes
     * go on meanwhile. One rebuild at a time.
     *
     * @param all           every published material, read from the database after {@code asOfStamp}
     * @param expected      how many {@code all} holds, for the progress (an estimate is fine)
     * @param asOfStamp     the stamp of the database state {@code all} reads (recorded with the commit)
     * @param progress      told every {@value #PROGRESS_EVERY} documents and at the end
     * @throws IllegalStateException when a rebuild is already running
     */
    public void rebuild(Iterator<MaterialDocument> all, long expected, long asOfStamp, RebuildProgress progress) {
        ensureOpen();
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild of the search index is already running");
        }
        try {
            locked(() -> changedDuringRebuild = new HashMap<>());
            rebuildInto(store.createFresh(), all, expected, asOfStamp, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Search index rebuild failed", e);
        } finally {
            locked(() -> changedDuringRebuild = null);
            rebuilding.set(false);
        }
    }

    /** Commits what is pending and closes the index; later calls fail with {@link IllegalStateException}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (committer != null) {
            committer.shutdownNow();
        }
        changes.lock();
        generation.writeLock().lock();
        try {
            closed = true;
            Live current = live;
            if (dirty) {
                commit(current.writer());
            }
            current.searchers().close();
            current.writer().close();
            current.slot().directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index could not be closed cleanly", e);
        } finally {
            generation.writeLock().unlock();
            changes.unlock();
        }
    }

    // ---- opening

    private Live openLive() throws IOException {
        IndexStore.Slot slot = store.openLive();
        try {
            return openVerified(slot);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | NoSuchFileException | FileNotFoundException | EOFException e) {
            LOG.log(Level.WARNING, "Search index at " + store.describe() + " is unreadable and is cleared; "
                    + "it must be rebuilt: " + e);
            slot = store.clear(slot);
            Live empty = openVerified(slot);
            rebuildReason = "the index was unreadable and was cleared (" + e.getClass().getSimpleName() + ")";
            return empty;
        }
    }

    private Live openVerified(IndexStore.Slot slot) throws IOException {
        Directory directory = slot.directory();
        Map<String, String> userData = Map.of();
        if (DirectoryReader.indexExists(directory)) {
            userData = verify(directory);
        } else if (directory.listAll().length > 0) {
            throw new IndexNotFoundException("files but no commit in " + slot.name());
        }
        IndexWriter writer = new IndexWriter(directory, writerConfig(options.liveBufferMb()));
        if (userData.isEmpty()) {
            rebuildReason = "the index is empty";
            committedStamp = Long.MIN_VALUE;
            stamp = Long.MIN_VALUE;
            commit(writer);
        } else {
            committedStamp = Long.parseLong(userData.getOrDefault(STAMP_KEY, Long.toString(Long.MIN_VALUE)));
            stamp = committedStamp;
            if (!MaterialSchema.VERSION.equals(userData.get(SCHEMA_KEY))) {
                rebuildReason = "the index was written by another version of the analysis (" + userData.get(SCHEMA_KEY) + ")";
            }
        }
        return new Live(slot, writer, new SearcherManager(writer, FacetedSearcher.factory(schema.facetsConfig())));
    }

    /** Reads every file of the last commit once (checksums): damage shows here, not in a search. */
    private static Map<String, String> verify(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        }
    }

    private IndexWriterConfig writerConfig(double bufferMb) {
        IndexWriterConfig config = new IndexWriterConfig(schema.indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(bufferMb);
        config.setCommitOnClose(false);
        return config;
    }

    // ---- changes

    private void change(long id, Optional<MaterialDocument> material, long changeStamp) {
        ensureOpen();
        changes.lock();
        try {
            IndexWriter writer = live.writer();
            if (material.isPresent()) {
                writer.updateDocument(MaterialDocuments.idTerm(id), documents.toLucene(material.get()));
            } else {
                writer.deleteDocuments(MaterialDocuments.idTerm(id));
            }
            if (changedDuringRebuild != null) {
                changedDuringRebuild.put(id, material);
            }
            stamp = Math.max(stamp, changeStamp);
            dirty = true;
            scheduleCommit();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index change of material " + id + " failed", e);
        } finally {
            changes.unlock();
        }
        refresh();
    }

    private void refresh() {
        generation.readLock().lock();
        try {
            live.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index refresh failed", e);
        } finally {
            generation.readLock().unlock();
        }
    }

    /** Commits now when there is no delay; else once, the delay after the first uncommitted change. */
    private void scheduleCommit() throws IOException {
        if (committer == null) {
            commit(live.writer());
        } else if (pendingCommit == null) {
            pendingCommit = committer.schedule(this::delayedCommit, options.commitDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void delayedCommit() {
        changes.lock();
        try {
            pendingCommit = null;
            if (dirty && !closed) {
                commit(live.writer());
            }
        } catch (IOException | AlreadyClosedException e) {
            // the next change schedules another commit; until then the stamp on disk stays behind
            LOG.log(Level.SEVERE, "Search index commit failed", e);
        } finally {
            changes.unlock();
        }
    }

    /** Call with {@link #changes} held. */
    private void commit(IndexWriter writer) throws IOException {
        long committing = stamp;
        writer.setLiveCommitData(Map.of(STAMP_KEY, Long.toString(committing), SCHEMA_KEY, MaterialSchema.VERSION)
                .entrySet());
        writer.commit();
        committedStamp = committing;
        dirty = false;
    }

    // ---- rebuild

    private void rebuildInto(IndexStore.Slot fresh, Iterator<MaterialDocument> all, long expected, long asOfStamp,
                             RebuildProgress progress) throws IOException {
        IndexWriter writer = new IndexWriter(fresh.directory(), writerConfig(options.rebuildBufferMb())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        boolean swapped = false;
        try {
            long done = 0;
            progress.progressed(0, expected);
            while (all.hasNext()) {
                writer.addDocument(documents.toLucene(all.next()));
                if (++done % PROGRESS_EVERY == 0) {
                    progress.progressed(done, expected);
                }
            }
            swap(fresh, writer, asOfStamp);
            swapped = true;
            progress.progressed(done, done);
            LOG.info("Search index rebuilt: " + done + " materials");
        } finally {
            if (!swapped) {
                writer.rollback();
                store.discard(fresh);
            }
        }
    }

    /** Replays the changes made meanwhile, commits, and makes the fresh index the live one. */
    private void swap(IndexStore.Slot fresh, IndexWriter writer, long asOfStamp) throws IOException {
        Live old;
        changes.lock();
        try {
            ensureOpen();
            for (Map.Entry<Long, Optional<MaterialDocument>> change : changedDuringRebuild.entrySet()) {
                if (change.getValue().isPresent()) {
                    writer.updateDocument(MaterialDocuments.idTerm(change.getKey()), documents.toLucene(change.getValue().get()));
                } else {
                    writer.deleteDocuments(MaterialDocuments.idTerm(change.getKey()));
                }
            }
            stamp = Math.max(stamp, asOfStamp);
            commit(writer);
            SearcherManager searchers = new SearcherManager(writer, FacetedSearcher.factory(schema.facetsConfig()));
            generation.writeLock().lock();
            try {
                old = live;
                live = new Live(fresh, writer, searchers);
                store.promote(fresh);
            } finally {
                generation.writeLock().unlock();
            }
            rebuildReason = null;
        } finally {
            changes.unlock();
        }
        old.searchers().close();
        old.writer().rollback(); // its changes are in the fresh index
        store.discard(old.slot());
    }

    // ---- reading

    @FunctionalInterface
    private interface Reading<T> {
        T read(FacetedSearcher searcher) throws IOException;
    }

    private <T> T read(Reading<T> reading) {
        generation.readLock().lock();
        try {
            ensureOpen();
            SearcherManager searchers = live.searchers();
            FacetedSearcher current = (FacetedSearcher) searchers.acquire();
            try {
                return reading.read(current);
            } finally {
                searchers.release(current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index read failed", e);
        } finally {
            generation.readLock().unlock();
        }
    }

    private void locked(Runnable action) {
        changes.lock();
        try {
            action.run();
        } finally {
            changes.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The search index is closed");
        }
    }
}
