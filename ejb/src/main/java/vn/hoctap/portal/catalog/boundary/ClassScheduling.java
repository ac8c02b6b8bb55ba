package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.control.Bookings;
import vn.hoctap.portal.catalog.control.ManagedClasses;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.catalog.entity.Clash;
import vn.hoctap.portal.catalog.entity.TimeSlot;
import vn.hoctap.portal.catalog.entity.Timetable;
import vn.hoctap.portal.catalog.entity.WeeklyRecurrence;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * A centre manager puts a class's sessions in the timetable. Every planned session is checked
 * against the booked ones: a teacher clash always stops the plan, a venue clash unless the
 * manager accepts sharing the venue. Either all sessions are stored or none.
 */
@Stateless
public class ClassScheduling {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    ManagedClasses classes;

    @Inject
    InputValidation validation;

    @Inject
    Bookings bookings;

    public ScheduleResult scheduleWeekly(long classId, WeeklyPlan plan) {
        validation.require(plan);
        if (!plan.from().isBefore(plan.to())) {
            throw InvalidInputException.of("to", "schedule.to.beforeFrom");
        }
        ClassOffering offering = managedClass(classId);
        var recurrence = new WeeklyRecurrence(plan.days(), plan.from(), plan.to(), plan.firstDay(), plan.weeks());
        if (plan.firstDay().isBefore(offering.startDate()) || recurrence.lastDay().isAfter(offering.endDate())) {
            throw InvalidInputException.of("firstDay", "session.outsideClassDates");
        }
        var expansion = recurrence.expand(bookings.holidays());
        List<ClassSession> sessions = book(offering, expansion.slots(), plan.acceptVenueSharing());
        return new ScheduleResult(classId,
                sessions.stream().map(s -> new ScheduleResult.Session(s.id(), s.slot().start(), s.slot().end(), s.venueShared())).toList(),
                expansion.skipped().stream().map(s -> new ScheduleResult.Skipped(s.date(), s.holiday())).toList());
    }

    /** One session, checked like a weekly plan's. */
    public ScheduleResult addSession(long classId, PlannedSession planned) {
        validation.require(planned);
        if (!planned.start().isBefore(planned.end())) {
            throw InvalidInputException.of("end", "schedule.to.beforeFrom");
        }
        ClassOffering offering = managedClass(classId);
        TimeSlot slot = new TimeSlot(planned.start(), planned.end());
        if (!offering.holds(slot)) {
            throw InvalidInputException.of("start", "session.outsideClassDates");
        }
        ClassSession session = book(offering, List.of(slot), planned.acceptVenueSharing()).get(0);
        return new ScheduleResult(classId,
                List.of(new ScheduleResult.Session(session.id(), slot.start(), slot.end(), session.venueShared())), List.of());
    }

    private List<ClassSession> book(ClassOffering offering, List<TimeSlot> slots, boolean acceptVenueSharing) {
        if (slots.isEmpty()) {
            return List.of();
        }
        Timetable timetable = bookings.around(offering, slots);
        List<Clash> blocking = new ArrayList<>();
        List<ClassSession> sessions = new ArrayList<>();
        for (TimeSlot slot : slots) {
            List<Clash> clashes = timetable.clashesOf(offering, slot);
            blocking.addAll(Timetable.blocking(clashes, acceptVenueSharing));
            sessions.add(new ClassSession(offering, slot, !clashes.isEmpty()));
        }
        if (!blocking.isEmpty()) {
            throw new ScheduleClashException(blocking);
        }
        sessions.forEach(em::persist);
        offering.followsPattern(slots);
        em.flush();
        return sessions;
    }

    private ClassOffering managedClass(long classId) {
        return classes.require(classId);
    }
}
