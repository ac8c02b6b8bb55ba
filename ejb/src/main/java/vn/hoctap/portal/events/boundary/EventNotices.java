package vn.hoctap.portal.events.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.events.control.EventMails;
import vn.hoctap.portal.events.entity.EventRsvp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The reminder the day before an event to everyone confirmed, every morning at 07:00, as the
 * enrolment's reminders of a class's first session ({@code EnrolmentNotices}): once per
 * registration, so a second run the same day sends nothing.
 */
@Stateless
public class EventNotices {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    EventMails mails;

    @Inject
    Clock clock;

    @Schedule(hour = "7", minute = "5", persistent = false, info = "event reminders")
    void everyMorning() {
        remindEventsOn(LocalDate.now(clock).plusDays(1));
    }

    /**
     * Reminds every confirmed resident of a scheduled event on {@code day}, once.
     *
     * @return how many reminders were queued
     */
    public int remindEventsOn(LocalDate day) {
        List<EventRsvp> due = em.createQuery("""
                        select r from EventRsvp r join fetch r.event join fetch r.resident
                        where r.status = vn.hoctap.portal.events.entity.RsvpStatus.CONFIRMED and r.reminderSentAt is null
                          and r.event.status = vn.hoctap.portal.events.entity.EventStatus.SCHEDULED
                          and r.event.startsAt >= :from and r.event.startsAt < :to""", EventRsvp.class)
                .setParameter("from", day.atStartOfDay()).setParameter("to", day.plusDays(1).atStartOfDay())
                .getResultList();
        for (EventRsvp rsvp : due) {
            rsvp.reminded(clock.instant());
            mails.reminder(rsvp);
        }
        return due.size();
    }
}
