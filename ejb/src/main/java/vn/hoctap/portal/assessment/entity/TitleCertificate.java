package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The certificate of a recognised title: what it printed (the holder, the title and year, the
 * decision, the issuer) kept as it was, and its verification code, so that the PDF can be printed
 * again and the public verify page answers what the paper says.
 */
@Entity
@Table(name = "title_certificate")
public class TitleCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Column(name = "verification_code", nullable = false, length = 19, updatable = false, columnDefinition = "char(19)")
    private String verificationCode;

    @Column(name = "holder_name", nullable = false, length = 200, updatable = false)
    private String holderName;

    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private TitleKind kind;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Column(name = "decision_number", nullable = false, length = 60, updatable = false)
    private String decisionNumber;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String signer;

    @Column(nullable = false, length = 200, updatable = false)
    private String issuer;

    @Column(name = "ward_name", nullable = false, length = 200, updatable = false)
    private String wardName;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected TitleCertificate() {
    }

    /** The certificate of an assessment its decision recognised. */
    public TitleCertificate(Assessment assessment, String verificationCode, Instant now) {
        if (assessment.status() != AssessmentStatus.RECOGNISED || assessment.decision() == null) {
            throw new IllegalStateException("only a recognised title has a certificate");
        }
        RecognitionDecision decision = assessment.decision();
        this.assessment = assessment;
        this.verificationCode = Objects.requireNonNull(verificationCode);
        this.holderName = java.text.Normalizer.normalize(assessment.subjectName(), java.text.Normalizer.Form.NFC);
        this.kind = assessment.kind();
        this.year = assessment.year();
        this.decisionNumber = decision.number();
        this.decidedOn = decision.decidedOn();
        this.signer = decision.signer();
        String ward = assessment.ward().name();
        this.wardName = ward;
        this.issuer = "Ủy ban nhân dân " + ward.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + ward.substring(1);
        this.issuedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public Assessment assessment() {
        return assessment;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public String holderName() {
        return holderName;
    }

    public TitleKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String signer() {
        return signer;
    }

    public String issuer() {
        return issuer;
    }

    public String wardName() {
        return wardName;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
