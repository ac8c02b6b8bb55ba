package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** How a learner's class goes: the next session (null when none is left), and their attendance so far. */
public record LearningProgress(long enrolmentId, LocalDateTime nextSession, long present, long marked)
        implements Serializable {
}
