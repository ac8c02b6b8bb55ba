package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.control.ManagedClasses;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a centre's manager reads while planning: the centre's courses, one course with its classes,
 * one class with its sessions, the centre's calendar, and the choices its forms offer. Only the
 * centre's own manager (or an administrator above it) may read them. Changes go through
 * {@link CourseManagement}, {@link ClassScheduling} and {@link TimetableChanges}.
 */
@Stateless
public class CentrePlanning {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    ManagedClasses classes;

    public PlanningChoices choices(long centreId) {
        LearningCentre centre = caller.requireManagerOf(centreId);
        var programmes = em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.CatalogChoices$ProgrammeChoice(p.code, p.nameVi, p.nameEn)
                        from Programme p order by p.id""", CatalogChoices.ProgrammeChoice.class).getResultList();
        var venues = em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.PlanningChoices$VenueChoice(v.id, v.name, v.capacity)
                        from Venue v where v.centre.id = :centre order by v.name""", PlanningChoices.VenueChoice.class)
                .setParameter("centre", centreId).getResultList();
        var teachers = em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.PlanningChoices$TeacherChoice(a.id, a.fullName)
                        from Account a where a.centre.id = :centre and a.role = :teacher order by a.fullName""",
                        PlanningChoices.TeacherChoice.class)
                .setParameter("centre", centreId).setParameter("teacher", Role.TEACHER).getResultList();
        return new PlanningChoices(centre.id(), centre.name(), programmes, venues, teachers);
    }

    public List<CourseRow> courses(long centreId) {
        caller.requireManagerOf(centreId);
        return em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.CourseRow(
                            c.id, c.title, p.nameVi, p.nameEn, c.status, count(k))
                        from Course c join c.programme p left join ClassOffering k on k.course = c
                        where c.centre.id = :centre
                        group by c.id, c.title, p.nameVi, p.nameEn, c.status
                        order by c.title""", CourseRow.class)
                .setParameter("centre", centreId).getResultList();
    }

    public ManagedCourse course(long courseId) {
        Course c = em.find(Course.class, courseId);
        if (c == null) {
            throw new NotFoundException();
        }
        caller.requireManagerOf(c.centre().id());
        var classes = em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.ManagedCourse$ClassRow(
                            k.id, k.code, coalesce(t.fullName, k.guestSpeaker), v.name, k.capacity, k.startDate, k.endDate,
                            (select count(s) from ClassSession s where s.classOffering = k and s.cancelled = false),
                            k.cancelled)
                        from ClassOffering k join k.venue v left join k.teacher t
                        where k.course.id = :course order by k.startDate, k.code""", ManagedCourse.ClassRow.class)
                .setParameter("course", courseId).getResultList();
        var p = c.programme();
        return new ManagedCourse(c.id(), c.centre().id(), c.centre().name(), c.title(), c.summary(), c.description(),
                p.code(), p.nameVi(), p.nameEn(), c.minAge(), c.maxAge(), java.util.Set.copyOf(c.audienceGroups()), c.level(),
                c.prerequisites(), c.requiredCourses().stream().map(CentrePlanning::choice).toList(), c.fee(), c.status(), c.status().next().stream().sorted().toList(), classes);
    }

    /**
     * The courses a course of the centre may require: the centre's other courses that are not
     * cancelled, and those it already requires (perhaps of another centre of the district), by title.
     */
    public List<ManagedCourse.CourseChoice> prerequisiteChoices(long centreId, Long courseId) {
        caller.requireManagerOf(centreId);
        var choices = new java.util.LinkedHashMap<Long, ManagedCourse.CourseChoice>();
        em.createQuery("""
                        select c from Course c join fetch c.centre where c.centre.id = :centre
                          and c.status <> vn.hoctap.portal.catalog.entity.CourseStatus.CANCELLED
                          and (:course is null or c.id <> :course)
                        order by c.title""", Course.class)
                .setParameter("centre", centreId).setParameter("course", courseId)
                .getResultStream().forEach(c -> choices.put(c.id(), choice(c)));
        if (courseId != null) {
            em.find(Course.class, courseId).requiredCourses().forEach(c -> choices.putIfAbsent(c.id(), choice(c)));
        }
        return List.copyOf(choices.values());
    }

    private static ManagedCourse.CourseChoice choice(Course c) {
        return new ManagedCourse.CourseChoice(c.id(), c.title(), c.centre().name());
    }

    public ManagedClass classPlan(long classId) {
        ClassOffering k = classes.require(classId);
        var centre = k.course().centre();
        var sessions = em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.ManagedClass$Session(
                            s.id, s.startsAt, s.endsAt, s.venueShared, s.cancelled)
                        from ClassSession s where s.classOffering.id = :class order by s.startsAt""", ManagedClass.Session.class)
                .setParameter("class", classId).getResultList();
        String teacher = k.teacher() == null ? k.guestSpeaker() : k.teacher().fullName();
        return new ManagedClass(k.id(), k.code(), k.course().id(), k.course().title(), centre.id(), centre.name(), teacher,
                k.venue().name(), k.venue().capacity(), k.capacity(), k.startDate(), k.endDate(), k.cancelled(), sessions);
    }

    /**
     * The centre's sessions that overlap [from, to), of every class or only those in one venue or
     * with one teacher; sessions of cancelled classes count as cancelled.
     */
    public List<CalendarEntry> calendar(long centreId, Long venueId, Long teacherId, LocalDateTime from, LocalDateTime to) {
        caller.requireManagerOf(centreId);
        return em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.CalendarEntry(
                            s.id, k.id, co.title, v.name, coalesce(t.fullName, k.guestSpeaker), s.startsAt, s.endsAt,
                            s.venueShared, case when s.cancelled = true or k.cancelled = true then true else false end)
                        from ClassSession s join s.classOffering k join k.course co join s.venue v left join k.teacher t
                        where co.centre.id = :centre and s.startsAt < :to and s.endsAt > :from
                          and (:venue is null or v.id = :venue) and (:teacher is null or t.id = :teacher)
                        order by s.startsAt""", CalendarEntry.class)
                .setParameter("centre", centreId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("venue", venueId)
                .setParameter("teacher", teacherId)
                .getResultList();
    }
}
