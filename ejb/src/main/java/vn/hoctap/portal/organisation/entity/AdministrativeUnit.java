package vn.hoctap.portal.organisation.entity;

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

import java.util.Objects;

/** A city/province, a district or a ward, placed in the hierarchy by its parent. */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @Version
    private int version;

    protected AdministrativeUnit() {
    }

    private AdministrativeUnit(String code, String name, UnitLevel level, AdministrativeUnit parent) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.level = Objects.requireNonNull(level);
        this.parent = parent;
    }

    public static AdministrativeUnit city(String code, String name) {
        return new AdministrativeUnit(code, name, UnitLevel.CITY, null);
    }

    /** A unit one level below this one. */
    public AdministrativeUnit subUnit(String code, String name) {
        if (level.below() == null) {
            throw new IllegalStateException("A ward has no administrative units below it");
        }
        return new AdministrativeUnit(code, name, level.below(), this);
    }

    /** True when this unit is {@code other} or lies somewhere below it. */
    public boolean isWithin(AdministrativeUnit other) {
        // accessors, not fields: a lazily loaded parent is a proxy whose fields are empty
        for (AdministrativeUnit unit = this; unit != null; unit = unit.parent()) {
            if (unit.sameAs(other)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameAs(AdministrativeUnit other) {
        if (other == null) {
            return false;
        }
        if (this == other) {
            return true;
        }
        return code().equals(other.code());
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitLevel level() {
        return level;
    }

    public AdministrativeUnit parent() {
        return parent;
    }
}
