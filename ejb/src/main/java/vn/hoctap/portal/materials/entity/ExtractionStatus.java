package vn.hoctap.portal.materials.entity;

/** The text extraction of one file version: waiting, under way, done, or given up with a reason. */
public enum ExtractionStatus {
    QUEUED, EXTRACTING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
