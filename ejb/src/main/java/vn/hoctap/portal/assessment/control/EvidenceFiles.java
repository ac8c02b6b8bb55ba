package vn.hoctap.portal.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoctap.portal.assessment.entity.EvidenceFile;
import vn.hoctap.portal.materials.control.ContentStore;
import vn.hoctap.portal.materials.control.FileTypes;
import vn.hoctap.portal.materials.control.Uploads;
import vn.hoctap.portal.platform.InvalidInputException;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Evidence photos and documents, kept where the learning materials keep their files: the
 * content-addressed store ({@link ContentStore}), the type detected from the bytes
 * ({@link FileTypes#baseType}) against an allow-list of its own — JPEG, PNG, WebP, HEIC photos
 * and PDF — and moved into place with the transaction that records it ({@link Uploads#keepWithTransaction}),
 * so that a refused upload or a failed save leaves neither a row nor a file.
 */
@ApplicationScoped
public class EvidenceFiles {

    /** The largest evidence file: a phone photo, or a scanned page or two. */
    public static final int MAX_MEGABYTES = 5;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    static final Map<String, String> ALLOWED = Map.of(
            "image/jpeg", "jpg",
            "image/png", "png",
            "image/webp", "webp",
            "image/heic", "heic",
            "application/pdf", "pdf");

    @Inject
    ContentStore store;

    @Inject
    Uploads uploads;

    /**
     * Stages an upload, checks its size and type, and keeps it with the current transaction.
     *
     * @throws InvalidInputException on field {@code file}: empty, larger than 5 MB, or not a photo or PDF
     */
    public EvidenceFile keep(String fileName, InputStream content) {
        ContentStore.Staged staged;
        try {
            staged = store.stage(content, MAX_BYTES);
        } catch (InvalidInputException refused) {
            boolean tooLarge = refused.errors().stream().anyMatch(e -> e.messageKey().endsWith("tooLarge"));
            throw tooLarge ? InvalidInputException.of("file", "assessment.evidence.tooLarge", MAX_MEGABYTES)
                    : InvalidInputException.of("file", "assessment.evidence.empty");
        }
        String type;
        try {
            type = FileTypes.baseType(staged.path(), fileName);
        } catch (RuntimeException unreadable) {
            store.discard(staged);
            throw InvalidInputException.of("file", "assessment.evidence.typeRefused", "?");
        }
        if (!ALLOWED.containsKey(type)) {
            store.discard(staged);
            throw InvalidInputException.of("file", "assessment.evidence.typeRefused", type);
        }
        uploads.keepWithTransaction(staged);
        return new EvidenceFile(staged.sha256(), staged.size(), type, fileName);
    }

    /** Where a kept evidence file lives. */
    public Path path(EvidenceFile file) {
        return store.file(file.sha256());
    }
}
