package vn.hoctap.portal.enrolment.control;

import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of whoever holds seats counted by the {@link SeatCounter}: the enrolments of a
 * class ({@link EnrolmentLedger}) or the registrations for an event (the events' RSVP ledger).
 * Each method is a short transaction of its own; {@link SeatAllocation} strings them together
 * around the seat claims, so the same code hands out seats and walks the waitlist for both.
 *
 * @param <V> what a settled holder looks like to the caller
 */
public interface SeatLedger<V> {

    /**
     * Confirms a waiting holder that got a seat ({@code ticket} 0), or puts it in line with its
     * ticket.
     *
     * @return the settled holder; empty when it no longer waits (cancelled meanwhile)
     */
    Optional<V> settle(long holderId, int ticket);

    /** The holder as it stands now. */
    V view(long holderId, boolean created);

    /** The waitlisted holders of the seats' owner (class or event), in the order of their tickets. */
    List<Long> waitlist(long ownerId);

    /** Whether a waitlisted holder may still take a seat. */
    boolean stillEligible(long holderId);

    /** A waitlisted holder gets the seat just claimed for it; false if it stopped waiting meanwhile. */
    boolean promote(long holderId);
}
