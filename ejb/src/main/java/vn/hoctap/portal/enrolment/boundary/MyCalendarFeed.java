package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.enrolment.entity.CalendarFeed;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.platform.calendar.IcsWriter;

import java.time.Clock;
import java.util.List;

/**
 * A resident's private iCalendar feed of the sessions of their confirmed classes, for a phone's
 * calendar app to subscribe to. The address carries an unguessable token; a wrong or replaced
 * token is simply not found.
 */
@Stateless
public class MyCalendarFeed {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    /** The caller's feed token, made on first use. */
    public String token() {
        long accountId = caller.require().id();
        return feedOf(accountId).token();
    }

    /** A new token: the old address stops working. */
    public String renew() {
        CalendarFeed feed = feedOf(caller.require().id());
        feed.renew(clock.instant());
        return feed.token();
    }

    private CalendarFeed feedOf(long accountId) {
        return em.createQuery("select f from CalendarFeed f where f.accountId = :account", CalendarFeed.class)
                .setParameter("account", accountId).getResultStream().findFirst().orElseGet(() -> {
                    CalendarFeed feed = new CalendarFeed(accountId, clock.instant());
                    em.persist(feed);
                    return feed;
                });
    }

    /** The sessions of the feed's owner, as RFC 5545 text; an unknown token is not found. */
    public String calendar(String token) {
        if (!CalendarFeed.wellFormed(token)) {
            throw new NotFoundException();
        }
        CalendarFeed feed = em.createQuery("select f from CalendarFeed f where f.token = :token", CalendarFeed.class)
                .setParameter("token", token).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        List<ClassSession> sessions = em.createQuery("""
                        select s from ClassSession s
                        where s.classOffering in (select e.classOffering from Enrolment e where e.learner.account.id = :account
                                      and e.status = vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CONFIRMED)
                        order by s.startsAt""", ClassSession.class)
                .setParameter("account", feed.accountId()).getResultList();
        var events = sessions.stream().map(s -> new IcsWriter.Event("session-" + s.id() + "@hoctap.vn",
                s.classOffering().course().title(), s.classOffering().course().summary(),
                s.venue().name() + (s.venue().address() == null ? "" : ", " + s.venue().address()),
                s.slot().start(), s.slot().end(), s.cancelled() || s.classOffering().cancelled(), s.revision())).toList();
        return IcsWriter.write("Lịch học của tôi", events, clock.instant());
    }
}
