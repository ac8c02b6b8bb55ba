package vn.hoctap.portal.assessment.boundary;

import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.TitleKind;

import java.io.Serializable;
import java.time.Instant;

/** An assessment in a list (the resident's own, a ward's review queue). */
public record AssessmentRow(long id, TitleKind kind, String subjectName, int year, AssessmentStatus status, int total,
                            int maxTotal, boolean meetsRule, String ward, String residentialGroup, String owner,
                            Instant submittedAt) implements Serializable {
}
