package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A criterion (tiêu chí) of a criteria set version: one step of the self-assessment form. */
@Entity
@Table(name = "criteria_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id", nullable = false)
    private CriteriaSet set;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 500)
    private String title;

    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Indicator> indicators = new ArrayList<>();

    protected Criterion() {
    }

    Criterion(CriteriaSet set, int position, CriteriaDefinition.Criterion definition, int firstNumber) {
        this.set = set;
        this.position = position;
        this.code = definition.code() == null || definition.code().isBlank() ? String.valueOf(position) : definition.code().strip();
        this.title = definition.title().strip();
        int number = firstNumber;
        for (CriteriaDefinition.Indicator indicator : definition.indicators()) {
            indicators.add(new Indicator(this, number++, indicator));
        }
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    CriteriaDefinition.Criterion definition() {
        return new CriteriaDefinition.Criterion(code, title, indicators.stream().map(Indicator::definition).toList());
    }
}
