package vn.hoctap.portal.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.enrolment.control.SeatCounter;
import vn.hoctap.portal.enrolment.control.SeatRow;
import vn.hoctap.portal.events.entity.Campaign;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventRsvp;
import vn.hoctap.portal.events.entity.EventStatus;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.ContactNormalizer;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.PortalClock;

import java.time.Clock;

/**
 * Loads the demo campaigns and events ({@code content/events}, read into an {@link EventContent}),
 * once: what exists (by code) stays as it is. Each call is a transaction of its own, so the
 * loader reports a broken event and goes on with the next. Registrations of the content are
 * stored as they happened (confirmed, checked in for past events), beyond a capacity in line.
 */
@Stateless
public class EventImport {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SeatCounter seats;

    @Inject
    Clock clock;

    /** @return how many campaigns were new */
    public int importCampaigns(EventContent content) {
        int added = 0;
        for (var c : content.campaigns()) {
            if (byCode(Campaign.class, c.code()) == null) {
                em.persist(new Campaign(c.code(), c.name(), c.theme(), c.kind(), required(AdministrativeUnit.class, c.districtCode()),
                        c.start(), c.end()));
                added++;
            }
        }
        return added;
    }

    /** @return true when the event was new */
    public boolean importIfAbsent(EventContent.EventEntry e) {
        if (byCode(CommunityEvent.class, e.code()) != null) {
            return false;
        }
        AdministrativeUnit district = required(AdministrativeUnit.class, e.districtCode());
        LearningCentre centre = e.centreCode() == null ? null : required(LearningCentre.class, e.centreCode());
        AdministrativeUnit ward = e.wardCode() != null ? required(AdministrativeUnit.class, e.wardCode())
                : centre == null ? null : centre.ward();
        CommunityEvent event = new CommunityEvent(e.code(), district, centre, new CommunityEvent.Details(e.title(),
                e.description(), e.type(), e.organiserKind(), e.organiserName(), ward,
                e.venueCode() == null ? null : required(Venue.class, e.venueCode()), e.place(), e.start(), e.end(),
                e.audience(), e.capacity(), e.campaignCode() == null ? null : required(Campaign.class, e.campaignCode())),
                clock.instant());
        if (e.status() == EventStatus.CANCELLED) {
            event.markCancelled();
        }
        if (e.walkIns() > 0) {
            event.recordWalkIns(e.walkIns(), clock.instant());
        }
        em.persist(event);
        int confirmed = 0;
        int waitlisted = 0;
        for (var r : e.rsvps()) {
            EventRsvp rsvp = new EventRsvp(event, resident(r.resident()), clock.instant());
            if (e.capacity() == null || confirmed < e.capacity()) {
                rsvp.confirm();
                confirmed++;
                if (r.checkedIn()) {
                    rsvp.checkIn(e.start().atZone(PortalClock.ZONE).toInstant());
                }
            } else {
                rsvp.queue(++waitlisted);
            }
            em.persist(rsvp);
        }
        em.flush();
        if (e.capacity() != null) {
            seats.setCapacity(SeatRow.ofEvent(event.id()), e.capacity(), confirmed);
            if (waitlisted > 0) {
                em.createNativeQuery("update event_seats set waitlist_tickets = ? where event_id = ?")
                        .setParameter(1, waitlisted).setParameter(2, event.id()).executeUpdate();
            }
        }
        return true;
    }

    private Account resident(String contact) {
        String login = ContactNormalizer.login(contact);
        return em.createQuery("select a from Account a where a.email = :login or a.phone = :login", Account.class)
                .setParameter("login", login).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account " + contact));
    }

    private <T> T byCode(Class<T> type, String code) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.code = :code", type)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private <T> T required(Class<T> type, String code) {
        T found = byCode(type, code);
        if (found == null) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + code);
        }
        return found;
    }
}
