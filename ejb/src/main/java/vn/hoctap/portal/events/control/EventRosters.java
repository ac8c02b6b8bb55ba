package vn.hoctap.portal.events.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.events.boundary.EventRoster;
import vn.hoctap.portal.events.boundary.RosterRow;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventRsvp;
import vn.hoctap.portal.events.entity.RsvpStatus;

import java.util.List;

/** The organiser's roster of an event: confirmed first, then the waitlist in order, then cancelled. */
@Stateless
public class EventRosters {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    RsvpLedger ledger;

    public EventRoster roster(long eventId) {
        CommunityEvent event = access.managedEvent(eventId);
        List<EventRsvp> rsvps = em.createQuery("""
                        select r from EventRsvp r join fetch r.resident where r.event = :event
                        order by case r.status when vn.hoctap.portal.events.entity.RsvpStatus.CONFIRMED then 0
                                               when vn.hoctap.portal.events.entity.RsvpStatus.WAITLISTED then 1 else 2 end,
                                 r.waitlistTicket, r.registeredAt""", EventRsvp.class)
                .setParameter("event", event).getResultList();
        List<RosterRow> rows = rsvps.stream().map(r -> new RosterRow(r.id(), r.resident().id(), r.resident().fullName(),
                r.resident().email() != null ? r.resident().email() : r.resident().phone(), r.status(),
                r.status() == RsvpStatus.WAITLISTED && r.waitlistTicket() != null ? ledger.position(r) : null,
                r.registeredAt(), r.checkedInAt())).toList();
        return new EventRoster(event.id(), event.title(), event.capacity(),
                rsvps.stream().filter(r -> r.status() == RsvpStatus.CONFIRMED).count(),
                rsvps.stream().filter(r -> r.status() == RsvpStatus.WAITLISTED).count(),
                rsvps.stream().filter(r -> r.checkedInAt() != null).count(), event.walkIns(), rows);
    }
}
