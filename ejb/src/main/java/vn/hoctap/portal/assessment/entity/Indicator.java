package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An indicator of a criteria set version, numbered 1… across the whole set ("Chỉ số 6"), with
 * its maximum points; a mandatory indicator must reach its minimum for recognition.
 */
@Entity
@Table(name = "criteria_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false)
    private Criterion criterion;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(name = "min_points")
    private Integer minPoints;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "evidence_hint", length = 1000)
    private String evidenceHint;

    protected Indicator() {
    }

    Indicator(Criterion criterion, int number, CriteriaDefinition.Indicator definition) {
        this.criterion = criterion;
        this.number = number;
        this.text = definition.text().strip();
        this.maxPoints = definition.maxPoints();
        this.mandatory = definition.mandatory();
        Integer minimum = definition.minPoints();
        if (definition.mandatory() && minimum == null) {
            minimum = definition.maxPoints();
        }
        this.minPoints = minimum;
        this.evidenceHint = definition.evidenceHint() == null || definition.evidenceHint().isBlank()
                ? null : definition.evidenceHint().strip();
    }

    public Long id() {
        return id;
    }

    public Criterion criterion() {
        return criterion;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public int maxPoints() {
        return maxPoints;
    }

    /** The points a mandatory indicator must reach; null for one that is not mandatory. */
    public Integer minPoints() {
        return minPoints;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public String evidenceHint() {
        return evidenceHint;
    }

    CriteriaDefinition.Indicator definition() {
        return new CriteriaDefinition.Indicator(text, maxPoints, minPoints, mandatory, evidenceHint);
    }
}
