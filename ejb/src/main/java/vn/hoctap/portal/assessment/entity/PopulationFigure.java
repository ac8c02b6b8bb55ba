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
import vn.hoctap.portal.organisation.entity.ResidentialGroup;

import java.util.Objects;

/**
 * How many of a residential group could hold a title in a year (its eligible population): people
 * for learning citizens, households, clans, the group itself (1) for the community, organisations.
 */
@Entity
@Table(name = "title_population")
public class PopulationFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "residential_group_id", nullable = false, updatable = false)
    private ResidentialGroup group;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TitleKind kind;

    @Column(nullable = false)
    private int eligible;

    @Version
    private int version;

    protected PopulationFigure() {
    }

    public PopulationFigure(ResidentialGroup group, int year, TitleKind kind) {
        this.group = Objects.requireNonNull(group);
        this.year = year;
        this.kind = Objects.requireNonNull(kind);
    }

    public void count(int eligible) {
        if (eligible < 0) {
            throw new IllegalArgumentException("a population is not negative");
        }
        this.eligible = eligible;
    }

    public ResidentialGroup group() {
        return group;
    }

    public int year() {
        return year;
    }

    public TitleKind kind() {
        return kind;
    }

    public int eligible() {
        return eligible;
    }
}
