package vn.hoctap.portal.enrolment.entity;

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
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Programme;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A learner's place in a class: confirmed (holding a seat), waitlisted, pending the manager's
 * approval, or cancelled. The seat itself is counted by the class ({@code class_seats.seats_taken}); an
 * enrolment says whether it holds one. A confirmed learner gets a result once the class has
 * begun: completed or not, and in a literacy class the literacy level that completing it gives.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private ClassOffering classOffering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "waitlist_ticket")
    private Integer waitlistTicket;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private LearningResult result;

    @Column(name = "literacy_level")
    private Integer literacyLevel;

    @Column(length = 500)
    private String note;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private int version;

    protected Enrolment() {
    }

    /** A new enrolment: requested (a seat is claimed next), or pending when the class wants approval. */
    public Enrolment(ClassOffering classOffering, Learner learner, boolean approvalRequired, Instant now) {
        this.classOffering = Objects.requireNonNull(classOffering);
        this.learner = Objects.requireNonNull(learner);
        this.requestedAt = now;
        this.status = approvalRequired ? EnrolmentStatus.PENDING : EnrolmentStatus.REQUESTED;
    }

    /** The class was full: the enrolment waits with the ticket the class handed out. */
    public void queue(int ticket) {
        if (status != EnrolmentStatus.REQUESTED && status != EnrolmentStatus.PENDING) {
            throw new BusinessException("enrolment.notWaiting");
        }
        status = EnrolmentStatus.WAITLISTED;
        waitlistTicket = ticket;
    }

    public Integer waitlistTicket() {
        return waitlistTicket;
    }

    /** The manager approved a pending enrolment: it now waits for a seat like any request. */
    public void approve() {
        if (status != EnrolmentStatus.PENDING) {
            throw new BusinessException("enrolment.notPending");
        }
        status = EnrolmentStatus.REQUESTED;
    }

    /** A seat was claimed for a requested, waitlisted or pending enrolment. */
    public void confirm(Instant now) {
        if (status == EnrolmentStatus.CONFIRMED || status == EnrolmentStatus.CANCELLED) {
            throw new BusinessException("enrolment.notWaiting");
        }
        status = EnrolmentStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** @return true when the enrolment held a seat, which the class must now give back or pass on */
    public boolean cancel(long byAccountId, Instant now) {
        if (status == EnrolmentStatus.CANCELLED) {
            throw new BusinessException("enrolment.alreadyCancelled");
        }
        boolean heldSeat = status == EnrolmentStatus.CONFIRMED;
        status = EnrolmentStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = byAccountId;
        return heldSeat;
    }

    /**
     * The teacher's or manager's assessment. Only a confirmed learner of a class that has begun
     * gets one; {@code null} takes it back (not assessed yet). The literacy level is that of the
     * class's programme (1 after phase 1, 2 after phase 2) and only for a completed literacy class:
     * when none is given it is the programme's, any other is refused.
     *
     * @return true when anything changed
     */
    public boolean recordResult(LearningResult newResult, Integer level, String newNote, LocalDate today) {
        if (status != EnrolmentStatus.CONFIRMED) {
            throw new BusinessException("result.notConfirmed");
        }
        if (today.isBefore(classOffering.startDate())) {
            throw new BusinessException("result.notStarted");
        }
        Integer given = literacyLevelGiven(classOffering.course().programme());
        Integer newLevel;
        if (newResult == LearningResult.COMPLETED && given != null) {
            if (level != null && !level.equals(given)) {
                throw InvalidInputException.of("literacyLevel", "result.level.mismatch");
            }
            newLevel = given;
        } else if (level != null) {
            throw InvalidInputException.of("literacyLevel", given == null ? "result.level.notLiteracy" : "result.level.notCompleted");
        } else {
            newLevel = null;
        }
        String cleanNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (newResult == result && Objects.equals(newLevel, literacyLevel) && Objects.equals(cleanNote, note)) {
            return false;
        }
        result = newResult;
        literacyLevel = newLevel;
        note = cleanNote;
        return true;
    }

    /**
     * The literacy level a literacy programme gives when completed: 1 for a first phase (no literacy
     * programme required before it), 2 for a phase that requires a literacy programme first; null
     * for any other programme.
     */
    public static Integer literacyLevelGiven(Programme programme) {
        if (!programme.literacy()) {
            return null;
        }
        return programme.requires() != null && programme.requires().literacy() ? 2 : 1;
    }

    public LearningResult result() {
        return result;
    }

    public Integer literacyLevel() {
        return literacyLevel;
    }

    public String note() {
        return note;
    }

    /** The reminder before the first session went out. */
    public void reminded(Instant now) {
        remindedAt = now;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Long id() {
        return id;
    }

    public ClassOffering classOffering() {
        return classOffering;
    }

    public Learner learner() {
        return learner;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
