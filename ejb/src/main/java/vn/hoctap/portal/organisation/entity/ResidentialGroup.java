package vn.hoctap.portal.organisation.entity;

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

import java.util.Objects;

/** A residential group (tổ dân phố) or hamlet (thôn): the smallest unit of a ward. */
@Entity
@Table(name = "residential_group")
public class ResidentialGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id", nullable = false)
    private AdministrativeUnit ward;

    @Version
    private int version;

    protected ResidentialGroup() {
    }

    public ResidentialGroup(String code, String name, AdministrativeUnit ward) {
        if (ward.level() != UnitLevel.WARD) {
            throw new IllegalArgumentException("A residential group belongs to a ward, not to a " + ward.level());
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.ward = ward;
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

    public AdministrativeUnit ward() {
        return ward;
    }
}
