package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.enrolment.control.ClassAccess;
import vn.hoctap.portal.enrolment.control.ClassAccess.ClassPlace;
import vn.hoctap.portal.enrolment.control.NameOrder;
import vn.hoctap.portal.enrolment.entity.Attendance;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance, session by session, kept by the class's teacher or its manager: everyone present
 * unless marked absent. Saving a sheet writes one mark per confirmed learner and changes only the
 * marks that differ, so saving the same sheet twice changes nothing.
 */
@Stateless
public class AttendanceBook {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ClassAccess access;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    public AttendanceSheet sheet(long sessionId) {
        access.staffOfSession(sessionId);
        ClassSession session = em.find(ClassSession.class, sessionId);
        ClassOffering k = session.classOffering();
        Map<Long, Attendance> marks = marksOf(session);
        List<AttendanceSheet.Line> lines = confirmed(k).stream().map(e -> {
            Attendance mark = marks.get(e.id());
            return new AttendanceSheet.Line(e.id(), e.learner().fullName(), e.learner().birthYear(),
                    mark == null || mark.present(), mark == null ? null : mark.note(), mark != null);
        }).toList();
        List<ClassSession> held = em.createQuery("""
                        select s from ClassSession s where s.classOffering = :k and (s.cancelled = false or s = :session)
                        order by s.startsAt""", ClassSession.class)
                .setParameter("k", k).setParameter("session", session).getResultList();
        int at = held.indexOf(session);
        return new AttendanceSheet(session.id(), k.id(), k.code(), k.course().title(), session.slot().start(),
                session.slot().end(), cancelled(session), markable(session), !marks.isEmpty(),
                at > 0 ? held.get(at - 1).id() : null, at >= 0 && at < held.size() - 1 ? held.get(at + 1).id() : null,
                lines);
    }

    public AttendanceSaved mark(long sessionId, AttendanceForm form) {
        ClassPlace place = access.staffOfSession(sessionId);
        validation.require(form);
        ClassSession session = em.find(ClassSession.class, sessionId);
        if (cancelled(session)) {
            throw new BusinessException("attendance.sessionCancelled");
        }
        if (!markable(session)) {
            throw new BusinessException("attendance.notYet");
        }
        Map<Long, Enrolment> learners = confirmed(session.classOffering()).stream()
                .collect(Collectors.toMap(Enrolment::id, Function.identity()));
        Map<Long, AttendanceForm.Mark> given = new HashMap<>();
        for (AttendanceForm.Mark mark : form.marks()) {
            if (!learners.containsKey(mark.enrolmentId())) {
                throw InvalidInputException.of("marks", "attendance.notInClass");
            }
            given.put(mark.enrolmentId(), mark);
        }
        Map<Long, Attendance> marks = marksOf(session);
        var now = clock.instant();
        int changed = 0;
        long absent = 0;
        for (Enrolment enrolment : learners.values()) {
            AttendanceForm.Mark mark = given.get(enrolment.id());
            boolean present = mark == null || mark.present();
            String note = mark == null ? null : mark.note();
            absent += present ? 0 : 1;
            Attendance existing = marks.get(enrolment.id());
            if (existing == null) {
                em.persist(new Attendance(session, enrolment, present, note, place.callerId(), now));
                changed++;
            } else if (existing.mark(present, note, place.callerId(), now)) {
                changed++;
            }
        }
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            // someone saved the same sheet at the same moment: theirs stands, this one asks to look again
            throw new BusinessException("attendance.concurrent");
        }
        return new AttendanceSaved(learners.size() - absent, absent, changed);
    }

    private Map<Long, Attendance> marksOf(ClassSession session) {
        return em.createQuery("select a from Attendance a where a.session = :s", Attendance.class)
                .setParameter("s", session).getResultStream()
                .collect(Collectors.toMap(a -> a.enrolment().id(), Function.identity()));
    }

    private List<Enrolment> confirmed(ClassOffering k) {
        return em.createQuery("""
                        select e from Enrolment e join fetch e.learner where e.classOffering = :k
                          and e.status = vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CONFIRMED""", Enrolment.class)
                .setParameter("k", k).getResultStream()
                .sorted(NameOrder.of(e -> e.learner().fullName()))
                .toList();
    }

    private static boolean cancelled(ClassSession session) {
        return session.cancelled() || session.classOffering().cancelled();
    }

    /** A sheet is kept from the session's day on: not ahead of time. */
    private boolean markable(ClassSession session) {
        return !cancelled(session) && !session.slot().start().toLocalDate().isAfter(LocalDate.now(clock));
    }
}
