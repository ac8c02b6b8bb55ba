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

/** A community learning centre (TTHTCĐ): exactly one per ward. */
@Entity
@Table(name = "learning_centre")
public class LearningCentre {

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

    @Column(length = 300)
    private String address;

    @Column(length = 20)
    private String phone;

    @Column(length = 200)
    private String email;

    @Version
    private int version;

    protected LearningCentre() {
    }

    public LearningCentre(String code, String name, AdministrativeUnit ward, String address, String phone, String email) {
        if (ward.level() != UnitLevel.WARD) {
            throw new IllegalArgumentException("A learning centre belongs to a ward, not to a " + ward.level());
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.ward = ward;
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    /** True when the centre's ward lies within {@code unit} (its ward, district or city). */
    public boolean isWithin(AdministrativeUnit unit) {
        return ward.isWithin(unit);
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

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        // other.code(), not other.code: the other may be a lazy proxy whose fields are empty
        return this == o || (o instanceof LearningCentre other && code().equals(other.code()));
    }

    @Override
    public int hashCode() {
        return code().hashCode();
    }
}
