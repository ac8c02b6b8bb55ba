package vn.hoctap.portal.enrolment.boundary;

import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;
import vn.hoctap.portal.enrolment.entity.LearningResult;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A class as the people who run it see it: its learners in class-list order (confirmed, pending
 * approval, waitlisted in line), their attendance so far and results, and its sessions with how
 * many were marked. {@code manages} is false for the class's teacher, who sees the roster but
 * neither enrols nor cancels; {@code groups} are the residential groups a new learner can be
 * recorded in (only for managers).
 */
public record ClassRosterView(long classId, String code, long courseId, String courseTitle, long centreId, String centre,
                              String teacher, String programme, Integer literacyLevelGiven, int capacity, int seatsTaken,
                              boolean approvalRequired, LocalDate startDate, LocalDate endDate, boolean cancelled,
                              boolean started, boolean manages, List<Line> learners, List<SessionLine> sessions,
                              List<GroupChoice> groups) implements Serializable {

    /** One learner of the class. {@code present}/{@code absent}: sessions marked so far. */
    public record Line(long enrolmentId, long learnerId, String fullName, Integer birthYear, String residentialGroup,
                       String phone, boolean hasAccount, EnrolmentStatus status, Integer waitlistPosition,
                       LearningResult result, Integer literacyLevel, String note, String certificateCode,
                       long present, long absent) implements Serializable {

        public boolean confirmed() {
            return status == EnrolmentStatus.CONFIRMED;
        }

        public boolean pending() {
            return status == EnrolmentStatus.PENDING;
        }

        public boolean certified() {
            return certificateCode != null;
        }
    }

    /** A session and its sheet: how many learners were marked, how many of them absent. */
    public record SessionLine(long id, LocalDateTime start, LocalDateTime end, boolean cancelled, long marked, long absent)
            implements Serializable {
    }

    public record GroupChoice(long id, String name) implements Serializable {
    }

    public List<Line> confirmed() {
        return learners.stream().filter(Line::confirmed).toList();
    }

    public List<Line> pending() {
        return learners.stream().filter(Line::pending).toList();
    }

    public List<Line> waitlisted() {
        return learners.stream().filter(l -> l.status() == EnrolmentStatus.WAITLISTED).toList();
    }

    public boolean literacy() {
        return literacyLevelGiven != null;
    }
}
