package vn.hoctap.portal.materials.boundary;

/**
 * Where a file version's text extraction stands.
 *
 * @param status     {@code QUEUED}, {@code EXTRACTING}, {@code DONE} or {@code FAILED}
 * @param failure    the reason of a failure ({@code ENCRYPTED}, {@code CORRUPT}, {@code ZIP_BOMB}, {@code TIMEOUT},
 *                   {@code FILE_MISSING}), else null
 * @param percent    done so far when the document has pages (100 when done), else null
 * @param characters characters extracted so far (all of them when done)
 * @param truncated  the text was longer than the limit and is cut off
 */
public record ExtractionState(long materialId, int version, String status, String failure, Integer percent,
                              Integer pagesDone, Integer pagesTotal, long characters, boolean truncated) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
