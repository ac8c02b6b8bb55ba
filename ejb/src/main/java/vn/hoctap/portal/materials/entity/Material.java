package vn.hoctap.portal.materials.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An open learning material (học liệu mở): a file with versions, or a link to a video or a web
 * page, described after Dublin Core and published by a centre or by an administrator for their
 * district or city. It guards its life (draft → published → withdrawn, and back), keeps every
 * file version, and records each step with who and when.
 */
@Entity
@Table(name = "material")
public class Material {

    static final int TITLE_MAX = 300;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MaterialKind kind;

    /** Set for demo content (its key in materials.yaml), so that it is loaded once. */
    @Column(name = "content_key", length = 100)
    private String contentKey;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @Convert(converter = Audience.SetConverter.class)
    @Column(nullable = false, length = 300)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level;

    @Column(nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Licence licence;

    @Column(length = 200)
    private String author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private LearningCentre centre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private AdministrativeUnit unit;

    @Column(name = "publisher_name", nullable = false, length = 200)
    private String publisherName;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialFormat format;

    @Column(name = "link_url", length = 1000)
    private String linkUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialStatus status = MaterialStatus.DRAFT;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @OneToMany(mappedBy = "material", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<MaterialVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "material", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<MaterialStep> steps = new ArrayList<>();

    @Version
    private int version;

    protected Material() {
    }

    private Material(MaterialKind kind, MaterialMetadata metadata, Publisher publisher, Account by, Instant at) {
        this.kind = kind;
        this.centre = publisher.centre();
        this.unit = publisher.unit();
        this.publisherName = publisher.name();
        this.createdBy = by;
        this.createdAt = Objects.requireNonNull(at);
        apply(metadata);
    }

    /** A new draft whose content is an uploaded file: its version 1. */
    public static Material file(MaterialMetadata metadata, Publisher publisher, FileFacts file, Account by, Instant at) {
        Material material = new Material(MaterialKind.FILE, metadata, publisher, by, at);
        material.record(MaterialAction.CREATED, null, by, at);
        material.addVersion(file, by, at);
        return material;
    }

    /** A new draft that points to a video or a web page elsewhere (http or https only). */
    public static Material link(MaterialMetadata metadata, Publisher publisher, String url, MaterialFormat kind,
                                Account by, Instant at) {
        Material material = new Material(MaterialKind.LINK, metadata, publisher, by, at);
        material.relink(url, kind);
        material.record(MaterialAction.CREATED, null, by, at);
        return material;
    }

    /** New metadata; the publisher and the kind (file or link) stay. */
    public void describe(MaterialMetadata metadata, Account by, Instant at) {
        apply(metadata);
        record(MaterialAction.METADATA_CHANGED, null, by, at);
    }

    /** Marks a material loaded from the demo content under its key. */
    public void loadedAs(String key) {
        this.contentKey = Objects.requireNonNull(key);
    }

    /** A link material's new address or kind. */
    public void relink(String url, MaterialFormat linkKind) {
        if (kind != MaterialKind.LINK) {
            throw InvalidInputException.of("link", "material.link.notALink");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!isWebAddress(url)) {
            errors.add(new FieldError("link", "material.link.invalid"));
        }
        if (linkKind == null || !linkKind.isLink()) {
            errors.add(new FieldError("linkKind", "material.linkKind.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.linkUrl = url.strip();
        this.format = linkKind;
    }

    private void apply(MaterialMetadata m) {
        List<FieldError> errors = new ArrayList<>();
        if (m.title() == null || m.title().isBlank()) {
            errors.add(new FieldError("title", "material.title.required"));
        } else if (m.title().strip().length() > TITLE_MAX) {
            errors.add(new FieldError("title", "material.title.tooLong"));
        }
        if (m.subject() == null) {
            errors.add(new FieldError("subject", "material.subject.required"));
        }
        if (m.audiences() == null || m.audiences().isEmpty()) {
            errors.add(new FieldError("audiences", "material.audiences.required"));
        }
        if (m.level() == null) {
            errors.add(new FieldError("level", "material.level.required"));
        }
        if (m.language() == null || !LANGUAGE.matcher(m.language().strip().toLowerCase(Locale.ROOT)).matches()) {
            errors.add(new FieldError("language", "material.language.invalid"));
        }
        if (m.licence() == null) {
            errors.add(new FieldError("licence", "material.licence.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.title = m.title().strip();
        this.description = m.description() == null || m.description().isBlank() ? null : m.description().strip();
        this.subject = m.subject();
        this.audiences = EnumSet.copyOf(m.audiences());
        this.level = m.level();
        this.language = m.language().strip().toLowerCase(Locale.ROOT);
        this.licence = m.licence();
        this.author = m.author() == null || m.author().isBlank() ? null : m.author().strip();
        if (m.publishedOn() != null) {
            this.publishedOn = m.publishedOn();
        }
    }

    static boolean isWebAddress(String url) {
        if (url == null || url.isBlank() || url.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A new file: the next version becomes the current one; the earlier ones are kept. */
    public MaterialVersion addVersion(FileFacts file, Account by, Instant at) {
        if (kind != MaterialKind.FILE) {
            throw new BusinessException("material.version.notAFile");
        }
        MaterialVersion added = new MaterialVersion(this, currentVersion + 1, file, by, at);
        versions.add(added);
        currentVersion = added.number();
        format = file.format();
        record(MaterialAction.NEW_VERSION, added.number(), by, at);
        return added;
    }

    /**
     * Moves the material on in its life. Published without a date, it takes the day of
     * publication as its date.
     */
    public void moveTo(MaterialStatus next, Account by, Instant at, LocalDate today) {
        if (next == null || !status.next().contains(next)) {
            throw new BusinessException("material.status.notAllowed", status.name(), String.valueOf(next));
        }
        status = next;
        if (next == MaterialStatus.PUBLISHED && publishedOn == null) {
            publishedOn = Objects.requireNonNull(today);
        }
        record(switch (next) {
            case PUBLISHED -> MaterialAction.PUBLISHED;
            case WITHDRAWN -> MaterialAction.WITHDRAWN;
            case DRAFT -> MaterialAction.RETURNED_TO_DRAFT;
        }, null, by, at);
    }

    private void record(MaterialAction action, Integer versionNumber, Account by, Instant at) {
        steps.add(new MaterialStep(this, action, status, versionNumber, by, at));
    }

    /** Who may change the material: the centre's managers, or administrators over its centre or unit. */
    public boolean mayBeManagedBy(Account account) {
        return centre != null ? account.mayManage(centre) : account.mayManage(unit);
    }

    /** Marks a change the search index cares about with the next stamp (see the materials package). */
    public void stamp(long stamp) {
        if (stamp <= changeStamp) {
            throw new IllegalArgumentException("stamps only grow: " + stamp + " after " + changeStamp);
        }
        changeStamp = stamp;
    }

    public MaterialVersion current() {
        return versions.stream().filter(v -> v.number() == currentVersion).findFirst().orElse(null);
    }

    public MaterialVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst().orElse(null);
    }

    public boolean isPublished() {
        return status == MaterialStatus.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    public MaterialKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Subject subject() {
        return subject;
    }

    public Set<Audience> audiences() {
        return audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences);
    }

    public Level level() {
        return level;
    }

    public String language() {
        return language;
    }

    public Licence licence() {
        return licence;
    }

    public String author() {
        return author;
    }

    public LearningCentre centre() {
        return centre;
    }

    public AdministrativeUnit unit() {
        return unit;
    }

    public String publisherName() {
        return publisherName;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public MaterialFormat format() {
        return format;
    }

    public String linkUrl() {
        return linkUrl;
    }

    public MaterialStatus status() {
        return status;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public long changeStamp() {
        return changeStamp;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<MaterialVersion> versions() {
        return List.copyOf(versions);
    }

    public List<MaterialStep> steps() {
        return List.copyOf(steps);
    }
}
