package vn.hoctap.portal.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoctap.portal.enrolment.control.SeatAllocation;
import vn.hoctap.portal.enrolment.control.SeatRow;
import vn.hoctap.portal.events.control.EventChanges;
import vn.hoctap.portal.events.control.RsvpLedger;

import java.time.LocalDateTime;

/**
 * Organisers plan events: a centre's manager for the centre, an administrator for the district and
 * its campaigns. Every change is a transaction of its own ({@link EventChanges}); seats a larger
 * capacity frees go to the waitlist after it committed (the enrolment's {@link SeatAllocation},
 * whose claims commit on their own and must not wait for the change's lock on the seats row).
 * Refusals are {@code InvalidInputException}s (field by field) and {@code BusinessException}s.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventPlanning {

    @Inject
    EventChanges changes;

    @Inject
    SeatAllocation seats;

    @Inject
    RsvpLedger ledger;

    /** @return the new event's id */
    public long create(EventForm form) {
        return changes.create(form);
    }

    public void update(long eventId, EventForm form) {
        if (changes.update(eventId, form)) {
            fillSeats(eventId);
        }
    }

    /** New times; the event's sequence grows and everyone registered is told. */
    public void reschedule(long eventId, LocalDateTime startsAt, LocalDateTime endsAt) {
        changes.reschedule(eventId, startsAt, endsAt);
    }

    /** Calls the event off: status CANCELLED, sequence + 1, everyone registered told by mail. */
    public void cancel(long eventId) {
        changes.cancel(eventId);
    }

    /** A new capacity (null: open to all); never below the residents confirmed. A larger one promotes the waitlist. */
    public void setCapacity(long eventId, Integer capacity) {
        if (changes.setCapacity(eventId, capacity)) {
            fillSeats(eventId);
        }
    }

    /** @return the new campaign's id */
    public long createCampaign(CampaignForm form) {
        return changes.createCampaign(form);
    }

    /** The campaign and its events again in {@code newYear}, shifted to the new dates, with new codes and uids. */
    public long copyCampaign(long campaignId, int newYear) {
        return changes.copyCampaign(campaignId, newYear);
    }

    private void fillSeats(long eventId) {
        seats.fillSeats(ledger, SeatRow.ofEvent(eventId));
    }
}
