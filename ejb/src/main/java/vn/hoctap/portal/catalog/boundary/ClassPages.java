package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.platform.calendar.IcsWriter;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.util.List;

/**
 * The public page of a class and its sessions as an iCalendar file. Classes of courses that are
 * not (or no longer) in the catalog are not found.
 */
@Stateless
public class ClassPages {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public ClassDetail detail(long classId) {
        ClassOffering c = publicClass(classId);
        var co = c.course();
        return new ClassDetail(ClassCard.of(c), co.description(), co.programme().code(), co.minAge(), co.maxAge(),
                ClassCard.groups(co), co.level(), co.prerequisites(),
                co.requiredCourses().stream().map(vn.hoctap.portal.catalog.entity.Course::title).toList(),
                c.venue().address(), c.cancelled(),
                sessions(c).stream().map(s -> new ClassDetail.Session(s.id(), s.slot().start(), s.slot().end(),
                        s.cancelled() || c.cancelled())).toList());
    }

    /** All sessions of the class as RFC 5545 text; a cancelled class's sessions are marked cancelled. */
    public String calendar(long classId) {
        ClassOffering c = publicClass(classId);
        String where = c.venue().name() + (c.venue().address() == null ? "" : ", " + c.venue().address())
                + " – " + c.course().centre().name();
        List<IcsWriter.Event> events = sessions(c).stream().map(s -> new IcsWriter.Event(
                "session-" + s.id() + "@hoctap.vn", c.course().title(), c.course().summary(), where,
                s.slot().start(), s.slot().end(), s.cancelled() || c.cancelled(), s.revision())).toList();
        return IcsWriter.write(c.course().title() + " (" + c.code() + ")", events, clock.instant());
    }

    private ClassOffering publicClass(long classId) {
        ClassOffering offering = em.find(ClassOffering.class, classId);
        if (offering == null || offering.course().status() == CourseStatus.DRAFT) {
            throw new NotFoundException();
        }
        return offering;
    }

    private List<ClassSession> sessions(ClassOffering offering) {
        return em.createQuery("select s from ClassSession s where s.classOffering = :c order by s.startsAt", ClassSession.class)
                .setParameter("c", offering).getResultList();
    }
}
