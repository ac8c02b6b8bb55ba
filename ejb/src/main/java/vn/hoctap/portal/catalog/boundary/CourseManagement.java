package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.control.ManagedClasses;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.catalog.entity.Programme;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;
import vn.hoctap.portal.platform.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A centre manager creates courses and their classes, and moves courses through their life.
 * Every rule broken is named at once; nothing is stored when anything is wrong.
 */
@Stateless
public class CourseManagement {

    /** Dates a class can sensibly have; a typo like 1900 or 3000 is refused. */
    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    ManagedClasses classes;

    @Inject
    InputValidation validation;

    public long createCourse(CourseForm form) {
        validation.require(form);
        LearningCentre centre = caller.requireManagerOf(form.centreId());
        Course course = new Course("c-" + UUID.randomUUID().toString().substring(0, 12), centre, programme(form),
                form.title().strip(), form.summary().strip());
        fill(course, form);
        requireCourses(course, form.prerequisiteCourseIds() == null ? List.of() : form.prerequisiteCourseIds());
        em.persist(course);
        em.flush();
        return course.id();
    }

    /** Rewrites a course that is not yet completed or cancelled; it stays in its centre. */
    public void updateCourse(long courseId, CourseForm form) {
        validation.require(form);
        Course course = managedCourse(courseId);
        if (!course.centre().id().equals(form.centreId())) {
            throw InvalidInputException.of("centreId", "course.centre.fixed");
        }
        course.rewrite(programme(form), form.title().strip(), form.summary().strip());
        fill(course, form);
        if (form.prerequisiteCourseIds() != null) {
            requireCourses(course, form.prerequisiteCourseIds());
        }
        em.flush();
    }

    private Programme programme(CourseForm form) {
        return em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", form.programme()).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("programme", "course.programme.required"));
    }

    private static void fill(Course course, CourseForm form) {
        course.describe(form.description(), form.minAge(), form.maxAge(), form.audienceGroups(), form.level(),
                form.prerequisites());
        course.charge(form.fee());
    }

    /** The courses a learner must complete first: each must exist (the course checks the rest: centre or district, no cycle). */
    private void requireCourses(Course course, List<Long> ids) {
        List<Course> required = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            Course other = id == null ? null : em.find(Course.class, id);
            if (other == null) {
                throw InvalidInputException.of("prerequisiteCourseIds", "course.requires.unknown", String.valueOf(id));
            }
            required.add(other);
        }
        course.requireCompletionOf(required);
    }

    public void moveCourse(long courseId, CourseStatus next) {
        if (next == null) {
            throw InvalidInputException.of("status", "course.status.required");
        }
        managedCourse(courseId).moveTo(next);
    }

    public long addClass(long courseId, ClassForm form) {
        validation.require(form);
        Course course = managedCourse(courseId);
        List<FieldError> errors = new ArrayList<>();
        for (var date : new java.time.LocalDate[]{form.startDate(), form.endDate()}) {
            if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
                errors.add(new FieldError(date == form.startDate() ? "startDate" : "endDate", "class.dates.absurd"));
            }
        }
        Venue venue = em.find(Venue.class, form.venueId());
        if (venue == null) {
            errors.add(new FieldError("venueId", "class.venue.required"));
        }
        Account teacher = form.teacherId() == null ? null : em.find(Account.class, form.teacherId());
        if (form.teacherId() != null && teacher == null) {
            errors.add(new FieldError("teacherId", "class.teacher.notOfCentre"));
        }
        ClassOffering offering = null;
        if (venue != null) {
            try {
                // the class's own rules (teacher, venue, capacity, dates), named together with the above
                offering = new ClassOffering("k-" + UUID.randomUUID().toString().substring(0, 12), course, teacher,
                        form.guestSpeaker(), venue, form.capacity(), form.startDate(), form.endDate());
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.persist(offering);
        em.flush();
        return offering.id();
    }

    /** A class's new number of seats: never above its venue, never below its confirmed learners. */
    public void changeCapacity(long classId, int capacity) {
        ClassOffering offering = classes.require(classId);
        offering.changeCapacity(capacity, offering.seatsTaken());
    }

    private Course managedCourse(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException();
        }
        caller.requireManagerOf(course.centre().id());
        return course;
    }
}
