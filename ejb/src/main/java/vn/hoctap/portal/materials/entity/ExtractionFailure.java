package vn.hoctap.portal.materials.entity;

/**
 * Why the text of a file could not be extracted. The material stays usable (it can be published
 * and is found by its title and description); only its text is missing.
 */
public enum ExtractionFailure {
    /** A password protects the file (encrypted PDF, protected Office document). */
    ENCRYPTED,
    /** The file is damaged or not what its type says. */
    CORRUPT,
    /** A compressed part would unpack to far more than the file (a "zip bomb"). */
    ZIP_BOMB,
    /** Extraction took longer than the configured limit and was given up. */
    TIMEOUT,
    /** The file's stored content is missing on the server. */
    FILE_MISSING
}
