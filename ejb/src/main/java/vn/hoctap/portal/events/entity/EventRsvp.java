package vn.hoctap.portal.events.entity;

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
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.BusinessException;

import java.time.Instant;
import java.util.Objects;

/**
 * A resident's registration for an event: confirmed (holding a seat when the event has a
 * capacity), waitlisted with a ticket, or cancelled. One that is not cancelled per resident and
 * event (the generated column {@code active} under a unique index, as for enrolments).
 */
@Entity
@Table(name = "event_rsvp")
public class EventRsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private CommunityEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id", nullable = false)
    private Account resident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RsvpStatus status;

    @Column(name = "waitlist_ticket")
    private Integer waitlistTicket;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** Null: not (yet) seen at the door. */
    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Version
    private int version;

    protected EventRsvp() {
    }

    /** A new registration, waiting for its seat or ticket (stored as WAITLISTED without a ticket until settled). */
    public EventRsvp(CommunityEvent event, Account resident, Instant now) {
        this.event = Objects.requireNonNull(event);
        this.resident = Objects.requireNonNull(resident);
        this.registeredAt = now;
        this.status = RsvpStatus.WAITLISTED;
    }

    /** Whether it still waits for the seat claim of its registration (no ticket yet). */
    public boolean unsettled() {
        return status == RsvpStatus.WAITLISTED && waitlistTicket == null;
    }

    public void confirm() {
        if (status == RsvpStatus.CANCELLED) {
            throw new BusinessException("events.rsvp.cancelled");
        }
        status = RsvpStatus.CONFIRMED;
    }

    public void queue(int ticket) {
        if (status != RsvpStatus.WAITLISTED) {
            throw new BusinessException("events.rsvp.notWaiting");
        }
        waitlistTicket = ticket;
    }

    /** @return true when the registration held a seat */
    public boolean cancel() {
        if (status == RsvpStatus.CANCELLED) {
            throw new BusinessException("events.rsvp.alreadyCancelled");
        }
        boolean heldSeat = status == RsvpStatus.CONFIRMED;
        status = RsvpStatus.CANCELLED;
        return heldSeat;
    }

    public void checkIn(Instant now) {
        if (status != RsvpStatus.CONFIRMED) {
            throw new BusinessException("events.rsvp.notConfirmed");
        }
        if (checkedInAt == null) {
            checkedInAt = now;
        }
    }

    public void reminded(Instant now) {
        reminderSentAt = now;
    }

    public Long id() {
        return id;
    }

    public CommunityEvent event() {
        return event;
    }

    public Account resident() {
        return resident;
    }

    public RsvpStatus status() {
        return status;
    }

    public Integer waitlistTicket() {
        return waitlistTicket;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant reminderSentAt() {
        return reminderSentAt;
    }

    public int version() {
        return version;
    }
}
