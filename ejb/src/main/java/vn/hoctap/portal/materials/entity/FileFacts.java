package vn.hoctap.portal.materials.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the portal knows of a stored file: its SHA-256 (the file's address in the store), size,
 * the media type detected from its content, the format that type is allowed as, and the name it
 * was uploaded with (shown and offered on download, never used as a path).
 */
public record FileFacts(String sha256, long size, String mediaType, MaterialFormat format, String fileName) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public FileFacts {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(format);
        if (format.isLink()) {
            throw new IllegalArgumentException("a file is not a link: " + format);
        }
        fileName = fileName == null || fileName.isBlank() ? "material" : fileName.strip();
    }
}
