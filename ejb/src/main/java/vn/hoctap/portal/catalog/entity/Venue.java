package vn.hoctap.portal.catalog.entity;

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
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.Objects;

/** Where classes meet, with how many people it seats. Belongs to one centre. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false)
    private LearningCentre centre;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VenueKind kind;

    @Column(nullable = false)
    private int capacity;

    @Column(length = 300)
    private String address;

    @Version
    private int version;

    protected Venue() {
    }

    public Venue(String code, LearningCentre centre, String name, VenueKind kind, int capacity, String address) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A venue seats at least one person");
        }
        this.code = Objects.requireNonNull(code);
        this.centre = Objects.requireNonNull(centre);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.capacity = capacity;
        this.address = address;
    }

    /**
     * A venue holds a different number of people (a room refitted, a hall measured again): never
     * fewer than one, never fewer than the seats of a class already planned there.
     */
    public void changeCapacity(int newCapacity, int largestClass) {
        if (newCapacity < 1) {
            throw InvalidInputException.of("capacity", "venue.capacity.positive");
        }
        if (newCapacity < largestClass) {
            throw InvalidInputException.of("capacity", "venue.capacity.belowClass");
        }
        capacity = newCapacity;
    }

    public boolean belongsTo(LearningCentre other) {
        return centre.equals(other);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LearningCentre centre() {
        return centre;
    }

    public String name() {
        return name;
    }

    public VenueKind kind() {
        return kind;
    }

    public int capacity() {
        return capacity;
    }

    public String address() {
        return address;
    }
}
