package vn.hoctap.portal.materials.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A material's page. The public sees a published material's metadata, its current file and the
 * beginning of its text; its managers also see drafts and withdrawn ones, the extraction's
 * progress, every file version and the material's history.
 *
 * @param file       the current file, null for a link
 * @param link       the address of a link material, else null
 * @param excerpt    the beginning of the current version's extracted text (may be empty)
 * @param manageable true when the caller may change it; then extraction, versions and history are filled
 */
public record MaterialDetail(long id, String title, String description, String subject, String subjectVi,
                             String subjectEn, List<String> audiences, String level, String language, String licence,
                             String author, Long centreId, String publisher, LocalDate published, String format,
                             String status, String link, CurrentFile file, String excerpt, boolean manageable,
                             ExtractionState extraction, List<VersionRow> versions, List<StepRow> history) {

    public MaterialDetail {
        audiences = List.copyOf(audiences);
        versions = List.copyOf(versions);
        history = List.copyOf(history);
    }

    /** The file readers get: version number, the name it was uploaded with, size in bytes, media type. */
    public record CurrentFile(int version, String fileName, long size, String mediaType) {
    }

    /** One file version, for the material's managers. */
    public record VersionRow(int number, String fileName, long size, String mediaType, String format,
                             java.time.Instant uploadedAt, String uploadedBy, ExtractionState extraction) {
    }

    /** One step of the material's life: action, the status it left, the version concerned, who and when. */
    public record StepRow(String action, String status, Integer version, String by, java.time.Instant at) {
    }
}
