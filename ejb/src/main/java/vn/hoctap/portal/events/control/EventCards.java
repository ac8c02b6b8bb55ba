package vn.hoctap.portal.events.control;

import vn.hoctap.portal.events.boundary.EventCard;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventSeats;
import vn.hoctap.portal.platform.calendar.IcsWriter;

import java.util.List;

/** Events as cards and as iCalendar entries. */
public final class EventCards {

    private EventCards() {
    }

    /** The card of an event with its seats row (null for an event open to all). */
    public static EventCard card(CommunityEvent e, EventSeats seats) {
        return new EventCard(e.id(), e.title(), e.type(), e.startsAt(), e.endsAt(), e.placeLabel(),
                e.ward() == null ? null : e.ward().name(), e.centre() == null ? null : e.centre().name(),
                e.capacity(), e.capacity() == null || seats == null ? null : seats.seatsLeft(), e.status(),
                e.campaign() == null ? null : e.campaign().id(), e.campaign() == null ? null : e.campaign().name());
    }

    /** One calendar entry: the event's stable uid and growing sequence, cancelled ones marked so. */
    public static IcsWriter.Event ics(CommunityEvent e) {
        String description = e.description() == null ? e.organiserName() : e.description() + "\n\n" + e.organiserName();
        return new IcsWriter.Event(e.uid(), e.title(), description, e.placeLabel(), e.startsAt(), e.endsAt(),
                e.cancelled(), e.sequence());
    }

    public static List<IcsWriter.Event> ics(List<CommunityEvent> events) {
        return events.stream().map(EventCards::ics).toList();
    }
}
