package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a criteria set: the title and citizen group it is for, its period, its criteria
 * and indicators, and its recognition rule. Versions of a set share its {@code code}; the newest
 * is current and new assessments are made against it. A version is data, not code: it is written
 * in {@code content/criteria/} or by an administrator, and checked here when published. Once an
 * assessment was made against it, it can no longer be edited — a change publishes a new version.
 */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    public static final int MAX_POINTS_PER_INDICATOR = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TitleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "citizen_group", length = 20, updatable = false)
    private CitizenGroup citizenGroup;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 1000)
    private String source;

    @Column(name = "period_from", nullable = false)
    private int periodFrom;

    @Column(name = "period_to", nullable = false)
    private int periodTo;

    @Column(nullable = false)
    private boolean template;

    @Embedded
    private RecognitionRule rule;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private int version;

    protected CriteriaSet() {
    }

    private CriteriaSet(CriteriaDefinition definition, int versionNumber, Long publishedBy, Instant now) {
        this.code = definition.code().strip();
        this.versionNumber = versionNumber;
        this.kind = definition.kind();
        this.citizenGroup = definition.citizenGroup();
        this.publishedBy = publishedBy;
        this.publishedAt = Objects.requireNonNull(now);
        this.current = true;
        write(definition);
    }

    /** The first version of a set, checked. */
    public static CriteriaSet publish(CriteriaDefinition definition, Long publishedBy, Instant now) {
        check(definition);
        return new CriteriaSet(definition, 1, publishedBy, now);
    }

    /**
     * The next version of this set with the content given (the title and group stay the set's):
     * it becomes current, this one is kept for the assessments made against it.
     */
    public CriteriaSet nextVersion(CriteriaDefinition definition, int versionNumber, Long publishedBy, Instant now) {
        CriteriaDefinition same = new CriteriaDefinition(code, kind, citizenGroup, definition.name(), definition.source(),
                definition.periodFrom(), definition.periodTo(), definition.template(), definition.minTotal(),
                definition.minEachIndicator(), definition.criteria());
        check(same);
        if (versionNumber <= this.versionNumber) {
            throw new IllegalArgumentException("a new version is numbered above " + this.versionNumber);
        }
        current = false;
        return new CriteriaSet(same, versionNumber, publishedBy, now);
    }

    /**
     * Rewrites this version in place, which is allowed only while no assessment was made against
     * it (a typo found before anyone used it).
     *
     * @param assessmentsMade how many assessments refer to this version
     * @throws BusinessException {@code criteria.inUse} when some do: publish a new version instead
     */
    public void revise(CriteriaDefinition definition, long assessmentsMade) {
        if (assessmentsMade > 0) {
            throw new BusinessException("criteria.inUse", assessmentsMade);
        }
        CriteriaDefinition same = new CriteriaDefinition(code, kind, citizenGroup, definition.name(), definition.source(),
                definition.periodFrom(), definition.periodTo(), definition.template(), definition.minTotal(),
                definition.minEachIndicator(), definition.criteria());
        check(same);
        criteria.clear();
        write(same);
    }

    /** Follows the given version: no longer current. */
    public void supersede() {
        current = false;
    }

    private void write(CriteriaDefinition definition) {
        this.name = definition.name().strip();
        this.source = definition.source() == null || definition.source().isBlank() ? null : definition.source().strip();
        this.periodFrom = definition.periodFrom();
        this.periodTo = definition.periodTo();
        this.template = definition.template();
        this.rule = new RecognitionRule(definition.minTotal(), definition.minEachIndicator());
        int position = 1;
        int number = 1;
        for (CriteriaDefinition.Criterion criterion : definition.criteria()) {
            criteria.add(new Criterion(this, position++, criterion, number));
            number += criterion.indicators().size();
        }
    }

    /** Every broken rule of a definition at once, each on the field it concerns. */
    static void check(CriteriaDefinition d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.code() == null || !d.code().strip().matches("[A-Za-z0-9_-]{2,40}")) {
            errors.add(new FieldError("code", "criteria.code.invalid"));
        }
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "criteria.kind.required"));
        } else if ((d.kind() == TitleKind.CITIZEN) != (d.citizenGroup() != null)) {
            errors.add(new FieldError("citizenGroup", d.kind() == TitleKind.CITIZEN ? "criteria.group.required" : "criteria.group.notForKind"));
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldError("name", "criteria.name.required"));
        }
        if (d.periodFrom() < 2000 || d.periodTo() > 2100 || d.periodFrom() > d.periodTo()) {
            errors.add(new FieldError("periodFrom", "criteria.period.invalid"));
        }
        int total = 0;
        int smallestMaximum = Integer.MAX_VALUE;
        if (d.criteria().isEmpty()) {
            errors.add(new FieldError("criteria", "criteria.indicators.required"));
        }
        for (int c = 0; c < d.criteria().size(); c++) {
            CriteriaDefinition.Criterion criterion = d.criteria().get(c);
            String where = "criteria[" + c + "]";
            if (criterion.title() == null || criterion.title().isBlank()) {
                errors.add(new FieldError(where + ".title", "criteria.criterion.title.required"));
            }
            if (criterion.indicators().isEmpty()) {
                errors.add(new FieldError(where + ".indicators", "criteria.indicators.required"));
            }
            for (int i = 0; i < criterion.indicators().size(); i++) {
                CriteriaDefinition.Indicator indicator = criterion.indicators().get(i);
                String at = where + ".indicators[" + i + "]";
                if (indicator.text() == null || indicator.text().isBlank()) {
                    errors.add(new FieldError(at + ".text", "criteria.indicator.text.required"));
                }
                if (indicator.maxPoints() < 1 || indicator.maxPoints() > MAX_POINTS_PER_INDICATOR) {
                    errors.add(new FieldError(at + ".maxPoints", "criteria.indicator.maxPoints.range",
                            List.of(1, MAX_POINTS_PER_INDICATOR)));
                }
                if (indicator.minPoints() != null && (indicator.minPoints() < 0 || indicator.minPoints() > indicator.maxPoints())) {
                    errors.add(new FieldError(at + ".minPoints", "criteria.indicator.minPoints.range",
                            List.of(indicator.maxPoints())));
                }
                total += Math.max(0, indicator.maxPoints());
                smallestMaximum = Math.min(smallestMaximum, indicator.maxPoints());
            }
        }
        if (d.minTotal() < 0 || (total > 0 && d.minTotal() > total)) {
            errors.add(new FieldError("minTotal", "criteria.minTotal.range", List.of(total)));
        }
        if (d.minEachIndicator() != null && (d.minEachIndicator() < 0
                || (smallestMaximum != Integer.MAX_VALUE && d.minEachIndicator() > smallestMaximum))) {
            errors.add(new FieldError("minEachIndicator", "criteria.minEach.range"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The score and what is missing for recognition, for the points given per indicator number. */
    public Scorecard score(Map<Integer, Integer> points) {
        return Scorecard.of(indicators(), rule, points);
    }

    public List<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(int number) {
        return indicators().stream().filter(i -> i.number() == number).findFirst();
    }

    public int maxTotal() {
        return indicators().stream().mapToInt(Indicator::maxPoints).sum();
    }

    /** This version's content, to edit it into the next one. */
    public CriteriaDefinition definition() {
        return new CriteriaDefinition(code, kind, citizenGroup, name, source, periodFrom, periodTo, template,
                rule.minTotal(), rule.minEachIndicator(), criteria.stream().map(Criterion::definition).toList());
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public TitleKind kind() {
        return kind;
    }

    public CitizenGroup citizenGroup() {
        return citizenGroup;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public int periodFrom() {
        return periodFrom;
    }

    public int periodTo() {
        return periodTo;
    }

    public boolean template() {
        return template;
    }

    public RecognitionRule rule() {
        return rule;
    }

    public boolean current() {
        return current;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    @Override
    public String toString() {
        return code + " v" + versionNumber;
    }
}
