package vn.hoctap.portal.materials.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.materials.boundary.MaterialPublished;
import vn.hoctap.portal.materials.entity.ExtractionFailure;
import vn.hoctap.portal.materials.entity.ExtractionStatus;
import vn.hoctap.portal.materials.entity.Material;
import vn.hoctap.portal.materials.entity.MaterialText;
import vn.hoctap.portal.materials.entity.MaterialVersion;

import java.time.Clock;
import java.util.List;

/**
 * Where each file version's extraction stands, written by the background worker in short
 * transactions of their own: started, progress, the text (and, for the current version of a
 * published material, a new change stamp and {@link MaterialPublished} with the text), or the
 * reason it failed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExtractionLedger {

    /** What the worker needs to extract one version. */
    public record Job(long versionId, int number, String sha256) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChangeStamps stamps;

    @Inject
    MaterialDocuments documents;

    @Inject
    Event<MaterialPublished> published;

    /** The extraction begins; null when the version is gone or its extraction finished already. */
    public Job start(long versionId) {
        MaterialVersion version = em.find(MaterialVersion.class, versionId);
        if (version == null || !version.startExtraction()) {
            return null;
        }
        return new Job(versionId, version.number(), version.sha256());
    }

    public void progress(long versionId, Integer pagesDone, Integer pagesTotal, long characters) {
        MaterialVersion version = em.find(MaterialVersion.class, versionId);
        if (version != null) {
            version.progress(pagesDone, pagesTotal, characters);
        }
    }

    public void extracted(long versionId, TextExtractor.Result result) {
        MaterialVersion version = em.find(MaterialVersion.class, versionId);
        if (version == null || version.extraction() != ExtractionStatus.EXTRACTING) {
            return;
        }
        version.extracted(result.text().length(), result.truncated(), result.pages(), clock.instant());
        MaterialText text = em.find(MaterialText.class, versionId);
        if (text == null) {
            em.persist(new MaterialText(versionId, result.text()));
        }
        Material material = version.material();
        if (material.isPublished() && material.currentVersion() == version.number()) {
            // the material's row first, then the stamp's, as every other change does: no deadlock
            em.lock(material, LockModeType.PESSIMISTIC_WRITE);
            material.stamp(stamps.next());
            published.fire(new MaterialPublished(documents.of(material, result.text())));
        }
    }

    public void failed(long versionId, ExtractionFailure reason) {
        MaterialVersion version = em.find(MaterialVersion.class, versionId);
        if (version != null && version.extraction() == ExtractionStatus.EXTRACTING) {
            version.failed(reason, clock.instant());
        }
    }

    /** Versions queued or interrupted (a restart of the server), oldest first. */
    public List<Long> unfinished() {
        return em.createQuery("select v.id from MaterialVersion v where v.extraction in :open order by v.id", Long.class)
                .setParameter("open", List.of(ExtractionStatus.QUEUED, ExtractionStatus.EXTRACTING))
                .getResultList();
    }
}
