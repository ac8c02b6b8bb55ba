package vn.hoctap.portal.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.HolidayCalendar;
import vn.hoctap.portal.catalog.entity.PublicHoliday;
import vn.hoctap.portal.catalog.entity.TimeSlot;
import vn.hoctap.portal.catalog.entity.Timetable;

import java.time.LocalDateTime;

/** Reads, for a planned class, the sessions that could clash with it, and the holidays. */
@ApplicationScoped
public class Bookings {

    /** A booked session as the database gives it. */
    public record BookedSession(String courseTitle, String classCode, Long venueId, Long teacherId,
                                LocalDateTime start, LocalDateTime end) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The booked sessions that could clash with these planned ones (slots in time order): those,
     * not cancelled, in the planned span that share the class's venue or its teacher.
     */
    public Timetable around(ClassOffering offering, java.util.List<TimeSlot> slots) {
        if (slots.isEmpty()) {
            return new Timetable(java.util.List.of());
        }
        return around(offering, slots.get(0).start(), slots.get(slots.size() - 1).end(), -1L);
    }

    /** The same, leaving out one session: the one being moved. */
    public Timetable around(ClassOffering offering, LocalDateTime from, LocalDateTime to, long exceptSessionId) {
        Long teacherId = offering.teacher() == null ? -1L : offering.teacher().id();
        var booked = em.createQuery("""
                        select new vn.hoctap.portal.catalog.control.Bookings$BookedSession(
                            co.title, c.code, s.venue.id, t.id, s.startsAt, s.endsAt)
                        from ClassSession s join s.classOffering c join c.course co left join c.teacher t
                        where s.cancelled = false and c.cancelled = false and s.id <> :except
                          and s.startsAt < :to and s.endsAt > :from
                          and (s.venue.id = :venue or t.id = :teacher)""", BookedSession.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("venue", offering.venue().id())
                .setParameter("teacher", teacherId)
                .setParameter("except", exceptSessionId)
                .getResultList();
        return new Timetable(booked.stream()
                .map(b -> new Timetable.Booking(b.courseTitle() + " (" + b.classCode() + ")", b.venueId(), b.teacherId(),
                        new TimeSlot(b.start(), b.end())))
                .toList());
    }

    public HolidayCalendar holidays() {
        return new HolidayCalendar(em.createQuery("select h from PublicHoliday h", PublicHoliday.class)
                .getResultStream().map(PublicHoliday::toHoliday).toList());
    }
}
