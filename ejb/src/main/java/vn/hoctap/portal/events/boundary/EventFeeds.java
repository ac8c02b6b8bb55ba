package vn.hoctap.portal.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.hoctap.portal.enrolment.entity.CalendarFeed;
import vn.hoctap.portal.events.control.EventCards;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.platform.calendar.IcsWriter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Events as iCalendar feeds (RFC 5545 with the VTIMEZONE of Asia/Ho_Chi_Minh): public ones per
 * centre, ward (its events and the district-wide ones), district and campaign, and the private
 * feed of a resident's registrations behind the unguessable token of their calendar address (the
 * one {@code MyCalendarFeed} makes for their classes). Each event keeps its uid; its sequence
 * grows with every change; a cancelled one stays in the feed as STATUS:CANCELLED so subscribed
 * calendars remove it. An unknown scope, code or token is not found, and says nothing more.
 */
@Stateless
// a read-only transaction: the caller's account and the events' lazy parts stay loadable while the views are built
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class EventFeeds {

    /** Events that ended longer ago than this are left out of the feeds. */
    private static final int MONTHS_BACK = 6;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public enum Scope {
        CENTRE, WARD, DISTRICT, CAMPAIGN;

        /** The scope of an address segment ("centre", "ward"…); empty when it is none. */
        public static java.util.Optional<Scope> of(String segment) {
            for (Scope scope : values()) {
                if (scope.name().equalsIgnoreCase(segment)) {
                    return java.util.Optional.of(scope);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public String publicFeed(String scope, String code) {
        Scope s = Scope.of(scope).orElseThrow(NotFoundException::new);
        if (code == null || code.length() > 60) {
            throw new NotFoundException();
        }
        String name = switch (s) {
            case CENTRE -> single("select c.name from LearningCentre c where c.code = :code", code);
            case WARD -> single("select u.name from AdministrativeUnit u where u.code = :code and u.level = vn.hoctap.portal.organisation.entity.UnitLevel.WARD", code);
            case DISTRICT -> single("select u.name from AdministrativeUnit u where u.code = :code and u.level = vn.hoctap.portal.organisation.entity.UnitLevel.DISTRICT", code);
            case CAMPAIGN -> single("select c.name from Campaign c where c.code = :code", code);
        };
        String where = switch (s) {
            case CENTRE -> "e.centre.code = :code";
            case WARD -> "(e.ward.code = :code or (e.ward is null and e.district = (select u.parent from AdministrativeUnit u where u.code = :code)))";
            case DISTRICT -> "e.district.code = :code";
            case CAMPAIGN -> "e.campaign.code = :code";
        };
        TypedQuery<CommunityEvent> query = em.createQuery("""
                        select e from CommunityEvent e left join fetch e.venue left join e.ward left join e.centre left join e.campaign
                        where e.endsAt >= :since""" + " and " + where + " order by e.startsAt", CommunityEvent.class)
                .setParameter("code", code);
        return IcsWriter.write(name, EventCards.ics(since(query).getResultList()), clock.instant());
    }

    /** The events the token's owner registered for (confirmed or waitlisted). */
    public String privateFeed(String token) {
        if (!CalendarFeed.wellFormed(token)) {
            throw new NotFoundException();
        }
        CalendarFeed feed = em.createQuery("select f from CalendarFeed f where f.token = :token", CalendarFeed.class)
                .setParameter("token", token).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        List<CommunityEvent> events = since(em.createQuery("""
                        select e from EventRsvp r join r.event e left join fetch e.venue
                        where r.resident.id = :account and e.endsAt >= :since
                          and r.status <> vn.hoctap.portal.events.entity.RsvpStatus.CANCELLED
                        order by e.startsAt""", CommunityEvent.class)
                .setParameter("account", feed.accountId())).getResultList();
        return IcsWriter.write("Sự kiện của tôi", EventCards.ics(events), clock.instant());
    }

    private TypedQuery<CommunityEvent> since(TypedQuery<CommunityEvent> query) {
        return query.setParameter("since", LocalDateTime.now(clock).minusMonths(MONTHS_BACK));
    }

    private String single(String jpql, String code) {
        return em.createQuery(jpql, String.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
