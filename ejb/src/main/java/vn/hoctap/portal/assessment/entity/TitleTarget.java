package vn.hoctap.portal.assessment.entity;

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
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A ward's plan for a title in a year: the share of the eligible population to be recognised
 * (e.g. 35 % of citizens), and the last day self-assessments may be submitted (the end of the
 * year when the plan names none).
 */
@Entity
@Table(name = "title_target")
public class TitleTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id", nullable = false, updatable = false)
    private AdministrativeUnit ward;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TitleKind kind;

    @Column(name = "target_percent", nullable = false)
    private int targetPercent;

    private LocalDate deadline;

    @Version
    private int version;

    protected TitleTarget() {
    }

    public TitleTarget(AdministrativeUnit ward, int year, TitleKind kind) {
        this.ward = Objects.requireNonNull(ward);
        this.year = year;
        this.kind = Objects.requireNonNull(kind);
    }

    /** The plan's figures: a percentage 0–100 and an optional deadline within the year. */
    public void plan(int targetPercent, LocalDate deadline) {
        if (targetPercent < 0 || targetPercent > 100) {
            throw InvalidInputException.of("targetPercent", "titles.target.range");
        }
        if (deadline != null && deadline.getYear() != year) {
            throw InvalidInputException.of("deadline", "titles.deadline.inYear", year);
        }
        this.targetPercent = targetPercent;
        this.deadline = deadline;
    }

    /** The last day to submit: the plan's, else 31 December of the year. */
    public static LocalDate deadlineOf(TitleTarget target, int year) {
        return target == null || target.deadline == null ? LocalDate.of(year, 12, 31) : target.deadline;
    }

    public AdministrativeUnit ward() {
        return ward;
    }

    public int year() {
        return year;
    }

    public TitleKind kind() {
        return kind;
    }

    public int targetPercent() {
        return targetPercent;
    }

    public LocalDate deadline() {
        return deadline;
    }
}
