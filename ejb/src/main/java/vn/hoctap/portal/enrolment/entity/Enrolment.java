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
import vn.hoctap.portal.platform.BusinessException;

import java.time.Instant;
import java.util.Objects;

/**
 * A learner's place in a class: confirmed (holding a seat), waitlisted, pending the manager's
 * approval, or cancelled. The seat itself is counted by the class ({@code seats_taken}); an
 * enrolment says whether it holds one.
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
