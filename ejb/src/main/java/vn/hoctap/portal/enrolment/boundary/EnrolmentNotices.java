package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.boundary.ScheduleChanged;
import vn.hoctap.portal.enrolment.control.EnrolmentMails;
import vn.hoctap.portal.enrolment.entity.Enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What learners are told without asking: a session moved or cancelled, or the class cancelled
 * (observing the timetable's {@link ScheduleChanged} in the change's own transaction, so the mails
 * are queued exactly when the change is stored), and a reminder the day before their class's
 * first session, every morning at 07:00.
 */
@Stateless
public class EnrolmentNotices {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    EnrolmentMails mails;

    @Inject
    Clock clock;

    /** A business method, so that the observer joins the transaction of the change. */
    public void onScheduleChanged(@Observes ScheduleChanged change) {
        for (Enrolment enrolment : waitingOrSeated(change.classId())) {
            mails.scheduleChanged(enrolment, change);
        }
    }

    private List<Enrolment> waitingOrSeated(long classId) {
        return em.createQuery("""
                        select e from Enrolment e where e.classOffering.id = :class
                          and e.status in (vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CONFIRMED,
                                           vn.hoctap.portal.enrolment.entity.EnrolmentStatus.WAITLISTED,
                                           vn.hoctap.portal.enrolment.entity.EnrolmentStatus.PENDING)""", Enrolment.class)
                .setParameter("class", classId).getResultList();
    }

    @Schedule(hour = "7", minute = "0", persistent = false, info = "first-session reminders")
    void everyMorning() {
        remindFirstSessionsOn(LocalDate.now(clock).plusDays(1));
    }

    /**
     * Reminds every confirmed learner whose class's first session is on {@code day}, once: an
     * enrolment already reminded is skipped, so a second run the same day sends nothing.
     *
     * @return how many reminders were queued
     */
    public int remindFirstSessionsOn(LocalDate day) {
        List<Enrolment> due = em.createQuery("""
                        select e from Enrolment e
                        where e.status = vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CONFIRMED
                          and e.remindedAt is null and e.classOffering.cancelled = false
                          and (select min(s.startsAt) from ClassSession s
                               where s.classOffering = e.classOffering and s.cancelled = false) >= :from
                          and (select min(s.startsAt) from ClassSession s
                               where s.classOffering = e.classOffering and s.cancelled = false) < :to""", Enrolment.class)
                .setParameter("from", day.atStartOfDay()).setParameter("to", day.plusDays(1).atStartOfDay())
                .getResultList();
        for (Enrolment enrolment : due) {
            enrolment.reminded(clock.instant());
            mails.reminder(enrolment, firstSession(enrolment));
        }
        return due.size();
    }

    private java.time.LocalDateTime firstSession(Enrolment enrolment) {
        return em.createQuery("""
                        select min(s.startsAt) from ClassSession s where s.classOffering = :class and s.cancelled = false""",
                java.time.LocalDateTime.class).setParameter("class", enrolment.classOffering()).getSingleResult();
    }
}
