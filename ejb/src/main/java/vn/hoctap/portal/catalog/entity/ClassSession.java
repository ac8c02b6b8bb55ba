package vn.hoctap.portal.catalog.entity;

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
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.LocalDateTime;

/** One meeting of a class, in a venue, at a local time in Asia/Ho_Chi_Minh. */
@Entity
@Table(name = "class_session")
public class ClassSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private ClassOffering classOffering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id", nullable = false)
    private Venue venue;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    /** The manager accepted that another class uses the venue at the same time. */
    @Column(name = "venue_shared", nullable = false)
    private boolean venueShared;

    @Column(nullable = false)
    private boolean cancelled;

    @Version
    private int version;

    protected ClassSession() {
    }

    /** A session of the class in its own venue; refused outside the class's dates. */
    public ClassSession(ClassOffering classOffering, TimeSlot slot, boolean venueShared) {
        if (!classOffering.holds(slot)) {
            throw InvalidInputException.of("start", "session.outsideClassDates");
        }
        this.classOffering = classOffering;
        this.venue = classOffering.venue();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.venueShared = venueShared;
    }

    /** Moves the session; refused when it was cancelled or would leave the class's dates. */
    public ScheduleChange moveTo(TimeSlot newSlot, boolean shareVenue, String reason, long changedBy, java.time.Instant now) {
        if (cancelled) {
            throw new vn.hoctap.portal.platform.BusinessException("session.cancelled");
        }
        if (!classOffering.holds(newSlot)) {
            throw InvalidInputException.of("start", "session.outsideClassDates");
        }
        TimeSlot before = slot();
        startsAt = newSlot.start();
        endsAt = newSlot.end();
        venueShared = shareVenue;
        return new ScheduleChange(ScheduleChange.Kind.SESSION_RESCHEDULED, classOffering, this, before, newSlot,
                reason, changedBy, now);
    }

    public ScheduleChange cancel(String reason, long changedBy, java.time.Instant now) {
        if (cancelled) {
            throw new vn.hoctap.portal.platform.BusinessException("session.cancelled");
        }
        cancelled = true;
        return new ScheduleChange(ScheduleChange.Kind.SESSION_CANCELLED, classOffering, this, slot(), null,
                reason, changedBy, now);
    }

    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public Long id() {
        return id;
    }

    public ClassOffering classOffering() {
        return classOffering;
    }

    public Venue venue() {
        return venue;
    }

    public boolean venueShared() {
        return venueShared;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Grows with every change of the session: the iCalendar SEQUENCE. */
    public int revision() {
        return version;
    }
}
