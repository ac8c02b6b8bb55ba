package vn.hoctap.portal.materials.control;

/** A file version was stored; once its transaction commits, its text is extracted in the background. */
public record VersionUploaded(long versionId) {
}
