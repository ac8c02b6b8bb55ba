package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;

/** What saving a sheet did: learners present and absent, and how many marks changed (0 when saved again as it was). */
public record AttendanceSaved(long present, long absent, int changed) implements Serializable {
}
