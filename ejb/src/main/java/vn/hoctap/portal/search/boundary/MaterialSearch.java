package vn.hoctap.portal.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.materials.boundary.MaterialFeed;
import vn.hoctap.portal.materials.boundary.MaterialPages;
import vn.hoctap.portal.materials.boundary.MaterialPublished;
import vn.hoctap.portal.materials.boundary.MaterialWithdrawn;
import vn.hoctap.portal.materials.boundary.SubjectRow;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.Settings;
import vn.hoctap.portal.search.control.MaterialIndex;

import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The search of the open learning materials: one Lucene index per server ({@link MaterialIndex},
 * in the data folder under {@code index/materials}), kept in step with the database three ways.
 * <ul>
 *   <li>When it opens, it is rebuilt when it is missing, unreadable or of an older schema, when the
 *   database is older than it (restored) or when, caught up, it does not hold as many materials as
 *   the database publishes.</li>
 *   <li>After each commit that publishes, changes or withdraws a material, its event puts or removes
 *   it at once: findable, or gone, when the publishing request returns.</li>
 *   <li>Every minute, and when the index opens, it catches up with what the database changed after
 *   the last change stamp the index committed ({@link MaterialFeed#changedSince}): what a crash
 *   between a commit and its event lost, or what changed while the index was not open yet.</li>
 *   <li>When the index is missing, unreadable or of an older schema at start, and whenever an
 *   administrator asks, it is rebuilt from every published material in the background, beside the
 *   live index (searches go on), with its progress shown.</li>
 * </ul>
 * The index opens a moment after the deployment is up (after the demo content is loaded), so that
 * start-up never waits for it; until then a search says the search is starting.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaterialSearch {

    private static final Logger LOG = Logger.getLogger(MaterialSearch.class.getName());
    private static final String OPEN = "search: open the index";
    private static final long CATCH_UP_MILLIS = 60_000;
    private static final int REBUILD_PAGE = 500;
    /** Suggestions under the search box. */
    private static final int SUGGESTIONS = 8;

    @Resource
    TimerService timers;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MaterialFeed feed;

    @Inject
    MaterialPages materials;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    private volatile MaterialIndex index;
    private final AtomicReference<IndexStatus.Rebuild> rebuild = new AtomicReference<>();

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1_000, new TimerConfig(OPEN, false));
        timers.createIntervalTimer(CATCH_UP_MILLIS, CATCH_UP_MILLIS, new TimerConfig("search: catch up", false));
    }

    @PreDestroy
    void close() {
        MaterialIndex open = index;
        index = null;
        if (open != null) {
            open.close();
        }
    }

    @Timeout
    void timeout(Timer timer) {
        try {
            if (OPEN.equals(timer.getInfo())) {
                open();
            } else if (index != null && !rebuilding()) {
                catchUp();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index: " + timer.getInfo() + " failed", e);
        }
    }

    private void open() {
        Map<String, String> subjectNames = materials.subjects().stream()
                .collect(Collectors.toMap(SubjectRow::code, SubjectRow::nameVi));
        MaterialIndex opened = MaterialIndex.open(Settings.dataFolder().resolve("index").resolve("materials"),
                MaterialIndex.Options.DEFAULT.withSubjectNames(subjectNames));
        index = opened;
        String reason = opened.rebuildReason().orElse(null);
        if (reason == null && feed.latestStamp() < opened.committedStamp()) {
            reason = "the database is older than the index (restored or replaced)";
        }
        if (reason == null) {
            catchUp();
            long published = feed.publishedCount();
            if (opened.size() != published) {
                reason = "the index held " + opened.size() + " materials where the database publishes " + published;
            }
        }
        if (reason != null) {
            LOG.info("Search index: rebuilding from the database (" + reason + ")");
            startRebuild(reason);
        } else {
            LOG.info("Search index: opened with " + opened.size() + " materials");
        }
    }

    /** Applies what the database changed after the stamp the index last committed. */
    private void catchUp() {
        MaterialIndex open = index;
        MaterialFeed.Changes changes = feed.changedSince(open.committedStamp());
        List<MaterialDocument> published = changes.published();
        List<Long> withdrawn = changes.withdrawn();
        int last = published.size() + withdrawn.size() - 1;
        int applied = 0;
        // the stamp goes with the last change only: a commit between two changes must not claim the rest
        for (MaterialDocument document : published) {
            open.put(document, applied++ == last ? changes.stamp() : Long.MIN_VALUE);
        }
        for (long id : withdrawn) {
            open.remove(id, applied++ == last ? changes.stamp() : Long.MIN_VALUE);
        }
        if (applied > 0) {
            LOG.info("Search index: caught up with " + applied + " changes");
        }
    }

    public void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialPublished event) {
        MaterialIndex open = index;
        if (open != null) {
            open.put(event.document());
        }
    }

    public void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialWithdrawn event) {
        MaterialIndex open = index;
        if (open != null) {
            open.remove(event.materialId());
        }
    }

    public MaterialResults search(MaterialQuery query) {
        return ready().search(query);
    }

    /** Titles matching what is typed so far, for the search box. */
    public List<MaterialSuggestion> suggest(String prefix) {
        return ready().suggest(prefix, SUGGESTIONS);
    }

    private MaterialIndex ready() {
        MaterialIndex open = index;
        if (open == null) {
            throw new BusinessException("search.starting");
        }
        return open;
    }

    /** The index as the administrators' page shows it. */
    public IndexStatus status() {
        caller.requireAdministrator();
        MaterialIndex open = index;
        return new IndexStatus(open != null, open == null ? 0 : open.size(), feed.publishedCount(), rebuild.get());
    }

    /** An administrator rebuilds the index from the database; searches go on meanwhile. */
    public IndexStatus rebuild() {
        caller.requireAdministrator();
        if (index == null) {
            throw new BusinessException("search.starting");
        }
        if (!startRebuild("asked by an administrator")) {
            throw new BusinessException("search.rebuild.running");
        }
        return status();
    }

    private boolean rebuilding() {
        IndexStatus.Rebuild current = rebuild.get();
        return current != null && current.finishedAt() == null;
    }

    private boolean startRebuild(String reason) {
        long expected = feed.publishedCount();
        IndexStatus.Rebuild started = IndexStatus.Rebuild.started(reason, expected, clock.instant());
        IndexStatus.Rebuild previous = rebuild.get();
        if ((previous != null && previous.finishedAt() == null) || !rebuild.compareAndSet(previous, started)) {
            return false;
        }
        threads.newThread(() -> runRebuild(expected)).start();
        return true;
    }

    private void runRebuild(long expected) {
        try {
            // the database's stamp before reading it: what changes later is caught up afterwards
            long asOf = feed.latestStamp();
            index.rebuild(new PublishedMaterials(), expected, asOf,
                    (done, total) -> rebuild.updateAndGet(r -> r.progressed(done, total)));
            rebuild.updateAndGet(r -> r.finished(clock.instant(), null));
            LOG.info("Search index: rebuilt with " + index.size() + " materials");
            catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index: the rebuild failed", e);
            rebuild.updateAndGet(r -> r.finished(clock.instant(), e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** Every published material, read from the database a page at a time. */
    private final class PublishedMaterials implements Iterator<MaterialDocument> {
        private List<MaterialDocument> page = List.of();
        private int next;
        private long afterId;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (next < page.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            page = feed.published(afterId, REBUILD_PAGE);
            next = 0;
            exhausted = page.size() < REBUILD_PAGE;
            if (!page.isEmpty()) {
                afterId = page.get(page.size() - 1).id();
            }
            return !page.isEmpty();
        }

        @Override
        public MaterialDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(next++);
        }
    }
}
