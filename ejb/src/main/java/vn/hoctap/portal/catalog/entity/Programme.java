package vn.hoctap.portal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Objects;

/** A programme of the plans (literacy phase 1, digital skills, law…): reference data from content/. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean literacy;

    /** Ages admitted to the programme's classes (literacy: 15–60); null for no bound. */
    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    /** A programme to complete first (literacy phase 2 requires phase 1)… */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requires_programme_id")
    private Programme requires;

    /** …unless the learner finished this school grade (3 for literacy phase 2). */
    @Column(name = "equivalent_grade")
    private Integer equivalentGrade;

    @Version
    private int version;

    protected Programme() {
    }

    public Programme(String code, String nameVi, String nameEn, boolean literacy) {
        this.code = Objects.requireNonNull(code);
        this.nameVi = Objects.requireNonNull(nameVi);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.literacy = literacy;
    }

    /** The eligibility rules, as data: ages, and a programme to complete first or a grade finished. */
    public void admit(Integer minAge, Integer maxAge, Programme requires, Integer equivalentGrade) {
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("minimum age above maximum age");
        }
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.requires = requires;
        this.equivalentGrade = requires == null ? null : equivalentGrade;
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    public Programme requires() {
        return requires;
    }

    public Integer equivalentGrade() {
        return equivalentGrade;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean literacy() {
        return literacy;
    }
}
