package vn.hoctap.portal.enrolment.boundary;

import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An enrolment as its learner sees it: the class, where it stands and, on the waitlist, the
 * position (1 = next to get a seat). {@code created} is false when the request found an
 * enrolment that already existed (a double click, a retried request).
 */
public record EnrolmentView(long id, long classId, String classCode, String courseTitle, String centre, String venue,
                            LocalDate startDate, LocalDate endDate, String weekdays, LocalTime usualStart,
                            LocalTime usualEnd, EnrolmentStatus status, Integer waitlistPosition, boolean created)
        implements Serializable {
}
