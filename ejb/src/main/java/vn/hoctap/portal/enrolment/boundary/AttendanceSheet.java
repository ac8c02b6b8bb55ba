package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One session's attendance sheet: every confirmed learner in class-list order, present unless
 * marked absent. {@code marked} tells whether the sheet was ever saved; {@code markable} whether
 * it can be now (the session has begun today or earlier and is not cancelled). The previous and
 * next sessions (not cancelled) let the teacher step through the class.
 */
public record AttendanceSheet(long sessionId, long classId, String classCode, String courseTitle, LocalDateTime start,
                              LocalDateTime end, boolean cancelled, boolean markable, boolean marked,
                              Long previousSession, Long nextSession, List<Line> learners) implements Serializable {

    /** A learner on the sheet: {@code present} is the saved mark, or true (the default) when not marked. */
    public record Line(long enrolmentId, String fullName, Integer birthYear, boolean present, String note, boolean marked)
            implements Serializable {
    }

    public long presentCount() {
        return learners.stream().filter(Line::present).count();
    }
}
