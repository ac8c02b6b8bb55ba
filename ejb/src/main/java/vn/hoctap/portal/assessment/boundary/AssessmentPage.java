package vn.hoctap.portal.assessment.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a review queue and how many there are in all. */
public record AssessmentPage(List<AssessmentRow> rows, long total) implements Serializable {
}
