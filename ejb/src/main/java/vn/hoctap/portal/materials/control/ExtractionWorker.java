package vn.hoctap.portal.materials.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.hoctap.portal.materials.entity.ExtractionFailure;
import vn.hoctap.portal.platform.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extracts the text of uploaded files in the background, one file at a time (the machine has
 * two cores and requests come first), never in the upload's request: a version is queued when
 * its upload commits, and at start every version still queued or interrupted by a restart is
 * queued again. Each extraction has a time limit ({@link Settings#EXTRACTION_TIMEOUT_SECONDS},
 * default 60 s) and a character limit ({@link Settings#EXTRACTION_MAX_CHARACTERS}, default
 * 5,000,000); its progress and outcome are written through {@link ExtractionLedger}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractionWorker {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());
    /** Staged uploads whose form was never saved are removed after a day. */
    private static final Duration STAGING_KEPT = Duration.ofDays(1);

    @Resource
    ManagedThreadFactory threads;

    @Resource
    TimerService timers;

    @Inject
    ExtractionLedger ledger;

    @Inject
    ContentStore store;

    private ExecutorService queue;
    private TextExtractor extractor;
    /** Versions in the queue, so that the resumption at start does not queue an upload's version twice. */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
        extractor = new TextExtractor(threads);
        // once the deployment is up, not while it starts
        timers.createSingleActionTimer(2000, new TimerConfig("materials: resume extractions", false));
    }

    @PreDestroy
    void stop() {
        queue.shutdownNow();
    }

    @Timeout
    void resume() {
        long resumed = ledger.unfinished().stream().filter(this::queue).count();
        if (resumed > 0) {
            LOG.info(() -> "Text extraction: " + resumed + " unfinished file versions queued again");
        }
        int purged = store.purgeStaging(STAGING_KEPT);
        if (purged > 0) {
            LOG.info(() -> "Removed " + purged + " abandoned uploads");
        }
    }

    public void uploaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionUploaded event) {
        queue(event.versionId());
    }

    private boolean queue(long versionId) {
        if (!queued.add(versionId)) {
            return false;
        }
        queue.execute(() -> {
            try {
                extract(versionId);
            } finally {
                queued.remove(versionId);
            }
        });
        return true;
    }

    private void extract(long versionId) {
        try {
            ExtractionLedger.Job job = ledger.start(versionId);
            if (job == null) {
                return;
            }
            Path file = store.file(job.sha256());
            if (!Files.isRegularFile(file)) {
                LOG.warning(() -> "Text extraction: the file of version " + versionId + " is missing: " + file);
                ledger.failed(versionId, ExtractionFailure.FILE_MISSING);
                return;
            }
            long started = System.nanoTime();
            try {
                TextExtractor.Result result = extractor.extract(file, limits(),
                        (done, total, characters) -> ledger.progress(versionId, done, total, characters));
                ledger.extracted(versionId, result);
                LOG.fine(() -> String.format("Text extraction of version %d: %d characters in %.1f s", versionId,
                        result.text().length(), (System.nanoTime() - started) / 1e9));
            } catch (TextExtractor.Failed failed) {
                LOG.info(() -> "Text extraction of version " + versionId + " failed: " + failed.getMessage());
                ledger.failed(versionId, failed.reason());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Text extraction of version " + versionId + " broke off", e);
            try {
                ledger.failed(versionId, ExtractionFailure.CORRUPT);
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "…and its failure could not be recorded", again);
            }
        }
    }

    static TextExtractor.Limits limits() {
        double seconds = Settings.EXTRACTION_TIMEOUT_SECONDS.value().map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException notANumber) {
                return 60.0;
            }
        }).filter(s -> s >= 0).orElse(60.0);
        int characters = (int) Math.min(Integer.MAX_VALUE, Settings.EXTRACTION_MAX_CHARACTERS.positiveNumber(5_000_000));
        return new TextExtractor.Limits(Duration.ofMillis((long) (seconds * 1000)), characters);
    }
}
