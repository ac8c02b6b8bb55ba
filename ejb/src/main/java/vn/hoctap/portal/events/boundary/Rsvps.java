package vn.hoctap.portal.events.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoctap.portal.enrolment.boundary.MyCalendarFeed;
import vn.hoctap.portal.enrolment.control.SeatAllocation;
import vn.hoctap.portal.enrolment.control.SeatRow;
import vn.hoctap.portal.events.control.EventChanges;
import vn.hoctap.portal.events.control.EventRosters;
import vn.hoctap.portal.events.control.RsvpLedger;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.platform.BusinessException;

import java.util.List;
import java.util.Optional;

/**
 * Residents register for events and cancel; organisers see the roster, check people in at the
 * door and count walk-ins. Seats of an event with a capacity are handed out by the enrolment's
 * machinery ({@link SeatAllocation} over the event's {@code event_seats} row, with the
 * {@link RsvpLedger}), so forty residents at once for ten seats give ten confirmed and thirty in
 * line, and a cancellation promotes the first in line. This facade holds no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Rsvps {

    @Inject
    CallerAccount caller;

    @Inject
    RsvpLedger ledger;

    @Inject
    SeatAllocation seats;

    @Inject
    EventChanges changes;

    @Inject
    EventRosters rosters;

    @Inject
    MyCalendarFeed feed;

    /** The signed-in resident registers: confirmed, or waitlisted with their place. */
    public RsvpView register(long eventId) {
        long resident = caller.requireId(Role.RESIDENT, () -> new BusinessException("events.rsvp.residentsOnly"));
        RsvpLedger.Opened opened;
        try {
            opened = ledger.open(eventId, resident);
        } catch (EJBException concurrentRequest) {
            // another request of the same resident stored its registration first (the unique index)
            if (ledger.active(eventId, resident).isPresent()) {
                throw new BusinessException("events.rsvp.duplicate");
            }
            throw concurrentRequest;
        }
        if (!opened.needsSeat()) {
            return ledger.view(opened.rsvpId(), true);
        }
        return seats.seatRequested(ledger, SeatRow.ofEvent(eventId), opened.rsvpId());
    }

    /** The resident cancels their registration before the event; a freed seat goes to the first in line. */
    public void cancel(long rsvpId) {
        long resident = caller.require().id();
        ledger.cancelOwn(rsvpId, resident).ifPresent(eventId -> seats.fillSeats(ledger, SeatRow.ofEvent(eventId)));
    }

    /** The caller's registrations, the latest events first. */
    public List<RsvpView> mine() {
        return ledger.rsvpsOf(caller.require().id());
    }

    /** The caller's registration for an event that is not cancelled, if any (none for visitors). */
    public Optional<RsvpView> mineFor(long eventId) {
        return caller.current().flatMap(account -> ledger.active(eventId, account.id())).map(id -> ledger.view(id, false));
    }

    /** The organiser's roster of an event. */
    public EventRoster roster(long eventId) {
        return rosters.roster(eventId);
    }

    public void checkIn(long eventId, long rsvpId) {
        changes.checkIn(eventId, rsvpId);
    }

    /** @return the walk-ins counted so far */
    public int addWalkIns(long eventId, int count) {
        return changes.addWalkIns(eventId, count);
    }

    /**
     * The token of the caller's private calendar address: the same as their classes' feed
     * ({@link MyCalendarFeed}), one secret per resident; {@code /api/feeds/me/{token}.ics} lists
     * the events they registered for.
     */
    public String feedToken() {
        return feed.token();
    }
}
