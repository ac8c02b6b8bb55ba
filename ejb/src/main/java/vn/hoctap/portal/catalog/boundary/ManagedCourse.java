package vn.hoctap.portal.catalog.boundary;

import java.io.Serializable;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.catalog.entity.TargetGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A course as its manager sees it: everything about it (with the courses to complete first), where
 * it may go next, and its classes.
 */
public record ManagedCourse(long id, long centreId, String centre, String title, String summary, String description,
                            String programmeCode, String programmeVi, String programmeEn, Integer minAge, Integer maxAge,
                            Set<TargetGroup> audienceGroups, String level, String prerequisites,
                            List<CourseChoice> requiredCourses, long fee,
                            CourseStatus status, List<CourseStatus> nextStatuses, List<ClassRow> classes) implements Serializable {

    /** A class of the course: who teaches where, its seats, its dates and how many sessions are planned. */
    public record ClassRow(long id, String code, String teacher, String venue, int capacity, LocalDate startDate,
                           LocalDate endDate, long sessions, boolean cancelled) implements Serializable {
    }

    /** A course another may require: its title, and its centre (another centre of the district is named). */
    public record CourseChoice(long id, String title, String centre) implements Serializable {
    }
}
