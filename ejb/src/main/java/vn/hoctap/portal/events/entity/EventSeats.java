package vn.hoctap.portal.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The seats row of an event with a capacity, read by queries (seats left). Only the enrolment's
 * {@code SeatCounter} writes it, with single statements, so the entity never does.
 */
@Entity
@Immutable
@Table(name = "event_seats")
public class EventSeats {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Column(nullable = false, insertable = false, updatable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false, insertable = false, updatable = false)
    private int seatsTaken;

    @Column(name = "waitlist_tickets", nullable = false, insertable = false, updatable = false)
    private int waitlistTickets;

    protected EventSeats() {
    }

    public Long eventId() {
        return eventId;
    }

    public int capacity() {
        return capacity;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }
}
