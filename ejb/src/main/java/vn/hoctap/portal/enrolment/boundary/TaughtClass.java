package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A class a teacher teaches, with the session to mark now: today's, else the last one held
 * (null before the first session).
 */
public record TaughtClass(long classId, String code, String courseTitle, String centre, String venue, LocalDate startDate,
                          LocalDate endDate, long learners, Long sessionToMark, LocalDateTime sessionToMarkStart)
        implements Serializable {
}
