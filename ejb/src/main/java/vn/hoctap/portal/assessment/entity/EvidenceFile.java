package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A photo or document attached to an indicator as evidence. The bytes live in the portal's
 * content-addressed store under their SHA-256; the name is shown and offered on download, never
 * used as a path.
 */
@Embeddable
public class EvidenceFile {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Column(name = "file_sha256", length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "file_size")
    private Long size;

    @Column(name = "file_media_type", length = 100)
    private String mediaType;

    @Column(name = "file_name", length = 255)
    private String fileName;

    protected EvidenceFile() {
    }

    public EvidenceFile(String sha256, long size, String mediaType, String fileName) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = Objects.requireNonNull(mediaType);
        String name = fileName == null || fileName.isBlank() ? "minh-chung" : fileName.strip();
        this.fileName = name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size == null ? 0 : size;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }
}
