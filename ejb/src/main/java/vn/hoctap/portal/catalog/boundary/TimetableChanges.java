package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.control.Bookings;
import vn.hoctap.portal.catalog.control.ManagedClasses;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.catalog.entity.ScheduleChange;
import vn.hoctap.portal.catalog.entity.TimeSlot;
import vn.hoctap.portal.catalog.entity.Timetable;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;

/**
 * A centre manager moves or cancels a session, or cancels a whole class. Each change goes
 * through the same clash rules as planning, is recorded with who and when, and is announced as
 * a {@link ScheduleChanged} event.
 */
@Stateless
public class TimetableChanges {

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

    @Inject
    Clock clock;

    @Inject
    Event<ScheduleChanged> changed;

    public ScheduleResult.Session move(long sessionId, SessionMove move) {
        validation.require(move);
        if (!move.start().isBefore(move.end())) {
            throw InvalidInputException.of("end", "schedule.to.beforeFrom");
        }
        ClassSession session = managedSession(sessionId);
        ClassOffering offering = session.classOffering();
        TimeSlot target = new TimeSlot(move.start(), move.end());
        if (!offering.holds(target)) {
            throw InvalidInputException.of("start", "session.outsideClassDates");
        }
        Timetable timetable = bookings.around(offering, target.start(), target.end(), sessionId);
        var clashes = timetable.clashesOf(offering, target);
        var blocking = Timetable.blocking(clashes, move.acceptVenueSharing());
        if (!blocking.isEmpty()) {
            throw new ScheduleClashException(blocking);
        }
        var before = session.slot();
        record(session.moveTo(target, !clashes.isEmpty(), move.reason(), changer().id(), clock.instant()),
                offering, sessionId, before.start(), target.start(), move.reason());
        return new ScheduleResult.Session(session.id(), target.start(), target.end(), session.venueShared());
    }

    public void cancelSession(long sessionId, String reason) {
        ClassSession session = managedSession(sessionId);
        var start = session.slot().start();
        record(session.cancel(reason, changer().id(), clock.instant()), session.classOffering(), sessionId, start, null, reason);
    }

    public void cancelClass(long classId, String reason) {
        ClassOffering offering = classes.require(classId);
        record(offering.cancel(reason, changer().id(), clock.instant()), offering, null, null, null, reason);
    }

    private void record(ScheduleChange change, ClassOffering offering, Long sessionId,
                        java.time.LocalDateTime oldStart, java.time.LocalDateTime newStart, String reason) {
        em.persist(change);
        em.flush();
        changed.fire(new ScheduleChanged(change.kind(), offering.id(), sessionId, offering.course().title(),
                oldStart, newStart, reason));
    }

    private ClassSession managedSession(long sessionId) {
        ClassSession session = em.find(ClassSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException();
        }
        caller.requireManagerOf(session.classOffering().course().centre().id());
        return session;
    }

    private Account changer() {
        return caller.require();
    }
}
