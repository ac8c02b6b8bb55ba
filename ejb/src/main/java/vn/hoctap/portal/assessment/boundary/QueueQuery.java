package vn.hoctap.portal.assessment.boundary;

import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.TitleKind;

/**
 * A ward's review queue: submitted assessments by default, or those of a status; of one title;
 * of a year (every year when null); page from 0.
 */
public record QueueQuery(long ward, AssessmentStatus status, TitleKind kind, Integer year, int page, int size) {
}
