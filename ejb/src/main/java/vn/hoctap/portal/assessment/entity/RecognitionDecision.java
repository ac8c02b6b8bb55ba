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
import jakarta.persistence.Version;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recognition decision (quyết định công nhận) of a ward for a year: its number, date and
 * signer. It recognises a batch of accepted assessments at once.
 */
@Entity
@Table(name = "recognition_decision")
public class RecognitionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id", nullable = false, updatable = false)
    private AdministrativeUnit ward;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = 60, updatable = false)
    private String number;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String signer;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private long issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Version
    private int version;

    protected RecognitionDecision() {
    }

    public RecognitionDecision(AdministrativeUnit ward, int year, String number, LocalDate decidedOn, String signer,
                               long issuedBy, Instant issuedAt) {
        this.ward = Objects.requireNonNull(ward);
        this.year = year;
        this.number = number.strip();
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.signer = signer.strip();
        this.issuedBy = issuedBy;
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public Long id() {
        return id;
    }

    public AdministrativeUnit ward() {
        return ward;
    }

    public int year() {
        return year;
    }

    public String number() {
        return number;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String signer() {
        return signer;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
