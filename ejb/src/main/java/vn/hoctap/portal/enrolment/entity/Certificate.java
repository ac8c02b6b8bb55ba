package vn.hoctap.portal.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.platform.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A completion certificate issued for a completed enrolment. It keeps what the paper printed
 * (name, class, centre, dates, literacy level), so that the PDF can be printed again and the
 * public verify page answers what the paper says, whatever changes later. One per enrolment.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Column(name = "verification_code", nullable = false, length = 19, updatable = false, columnDefinition = "char(19)")
    private String verificationCode;

    @Column(name = "learner_name", nullable = false, length = 120, updatable = false)
    private String learnerName;

    @Column(name = "birth_year", updatable = false)
    private Integer birthYear;

    @Column(name = "course_title", nullable = false, length = 200, updatable = false)
    private String courseTitle;

    @Column(name = "class_code", nullable = false, length = 40, updatable = false)
    private String classCode;

    @Column(name = "centre_name", nullable = false, length = 200, updatable = false)
    private String centreName;

    @Column(name = "ward_name", nullable = false, length = 200, updatable = false)
    private String wardName;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "literacy_level", updatable = false)
    private Integer literacyLevel;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private long issuedBy;

    @Version
    private int version;

    protected Certificate() {
    }

    private Certificate(Enrolment enrolment, String verificationCode, LocalDate today, long issuedBy, Instant now) {
        ClassOffering offering = enrolment.classOffering();
        this.enrolment = enrolment;
        this.verificationCode = VerificationCode.normalised(verificationCode)
                .orElseThrow(() -> new IllegalArgumentException("not a verification code: " + verificationCode));
        this.learnerName = java.text.Normalizer.normalize(enrolment.learner().fullName(), java.text.Normalizer.Form.NFC);
        this.birthYear = enrolment.learner().birthYear();
        this.courseTitle = offering.course().title();
        this.classCode = offering.code();
        this.centreName = offering.course().centre().name();
        this.wardName = offering.course().centre().ward().name();
        this.completedOn = offering.endDate().isBefore(today) ? offering.endDate() : today;
        this.literacyLevel = enrolment.literacyLevel();
        this.issuedOn = today;
        this.issuedBy = issuedBy;
        this.issuedAt = Objects.requireNonNull(now);
    }

    /** The certificate of a completed enrolment; refused for any other result. */
    public static Certificate issue(Enrolment enrolment, String verificationCode, LocalDate today, long issuedBy, Instant now) {
        if (enrolment.status() != EnrolmentStatus.CONFIRMED || enrolment.result() != LearningResult.COMPLETED) {
            throw new BusinessException("certificate.notCompleted");
        }
        return new Certificate(enrolment, verificationCode, today, issuedBy, now);
    }

    public Long id() {
        return id;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public String learnerName() {
        return learnerName;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public String classCode() {
        return classCode;
    }

    public String centreName() {
        return centreName;
    }

    public String wardName() {
        return wardName;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public Integer literacyLevel() {
        return literacyLevel;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }
}
