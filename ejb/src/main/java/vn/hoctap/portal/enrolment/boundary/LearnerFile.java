package vn.hoctap.portal.enrolment.boundary;

import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;
import vn.hoctap.portal.enrolment.entity.LearningResult;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A learner's record for the managers who know them: who they are, the schooling recorded for
 * them, the highest literacy level reached, their path through classes, oldest first (for a
 * literacy learner: phase 1, then phase 2, then the classes after), and the courses a manager
 * recognised for them in place of a prerequisite (who, when, for which class).
 */
public record LearnerFile(long id, String fullName, Integer birthYear, String residentialGroup, String phone,
                          boolean hasAccount, Integer completedGrade, Integer literacyLevel, List<Step> path,
                          List<Waiver> waivers)
        implements Serializable {

    /** A course recognised as completed by a manager's exception. */
    public record Waiver(String courseTitle, String classCode, String waivedBy, LocalDate waivedOn) implements Serializable {
    }

    public record Step(long enrolmentId, long classId, String classCode, String courseTitle, String programme,
                       boolean literacy, String centre, LocalDate startDate, LocalDate endDate, EnrolmentStatus status,
                       LearningResult result, Integer literacyLevel, String certificateCode) implements Serializable {
    }
}
