package vn.hoctap.portal.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.identity.entity.Account;

import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded file of a material, numbered from 1. It keeps where its text extraction stands:
 * queued → extracting (pages or characters so far) → done, or failed with a reason.
 */
@Entity
@Table(name = "material_version")
public class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id", nullable = false)
    private Material material;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 150)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialFormat format;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExtractionStatus extraction = ExtractionStatus.QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ExtractionFailure failure;

    @Column(name = "pages_done")
    private Integer pagesDone;

    @Column(name = "pages_total")
    private Integer pagesTotal;

    @Column(nullable = false)
    private long characters;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    @Version
    private int version;

    protected MaterialVersion() {
    }

    MaterialVersion(Material material, int number, FileFacts file, Account uploadedBy, Instant uploadedAt) {
        this.material = Objects.requireNonNull(material);
        this.number = number;
        this.sha256 = file.sha256();
        this.size = file.size();
        this.mediaType = file.mediaType();
        this.format = file.format();
        this.fileName = file.fileName().length() > 255 ? file.fileName().substring(0, 255) : file.fileName();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /**
     * The extraction begins (or begins again after a restart of the server).
     *
     * @return false when it already finished: nothing to do
     */
    public boolean startExtraction() {
        if (extraction.finished()) {
            return false;
        }
        extraction = ExtractionStatus.EXTRACTING;
        pagesDone = null;
        pagesTotal = null;
        characters = 0;
        return true;
    }

    /** How far the extraction got: pages of a paged document (when known) and characters so far. */
    public void progress(Integer pagesDone, Integer pagesTotal, long characters) {
        if (extraction != ExtractionStatus.EXTRACTING) {
            return;
        }
        this.pagesTotal = pagesTotal != null && pagesTotal > 0 ? pagesTotal : null;
        this.pagesDone = this.pagesTotal == null || pagesDone == null ? null : Math.min(pagesDone, this.pagesTotal);
        this.characters = Math.max(0, characters);
    }

    /** The text is there (possibly empty: a scanned document without a text layer). */
    public void extracted(long characters, boolean truncated, Integer pages, Instant at) {
        requireExtracting();
        extraction = ExtractionStatus.DONE;
        failure = null;
        this.characters = characters;
        this.textTruncated = truncated;
        this.pagesTotal = pages != null && pages > 0 ? pages : null;
        this.pagesDone = this.pagesTotal;
        this.extractedAt = Objects.requireNonNull(at);
    }

    public void failed(ExtractionFailure reason, Instant at) {
        requireExtracting();
        extraction = ExtractionStatus.FAILED;
        failure = Objects.requireNonNull(reason);
        this.extractedAt = Objects.requireNonNull(at);
    }

    private void requireExtracting() {
        if (extraction != ExtractionStatus.EXTRACTING) {
            throw new IllegalStateException("version " + number + " is " + extraction + ", not extracting");
        }
    }

    /** Percentage done when the document has pages, else null (progress shown by characters). */
    public Integer percent() {
        if (extraction == ExtractionStatus.DONE) {
            return 100;
        }
        return pagesTotal == null || pagesDone == null ? null : pagesDone * 100 / pagesTotal;
    }

    public Long id() {
        return id;
    }

    public Material material() {
        return material;
    }

    public int number() {
        return number;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public String mediaType() {
        return mediaType;
    }

    public MaterialFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Account uploadedBy() {
        return uploadedBy;
    }

    public ExtractionStatus extraction() {
        return extraction;
    }

    public ExtractionFailure failure() {
        return failure;
    }

    public Integer pagesDone() {
        return pagesDone;
    }

    public Integer pagesTotal() {
        return pagesTotal;
    }

    public long characters() {
        return characters;
    }

    public boolean textTruncated() {
        return textTruncated;
    }

    public Instant extractedAt() {
        return extractedAt;
    }
}
