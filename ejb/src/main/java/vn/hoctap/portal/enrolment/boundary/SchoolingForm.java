package vn.hoctap.portal.enrolment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.Serializable;

/** The school grade a learner finished (0–12), as the manager records it; null when unknown. */
public record SchoolingForm(
        @Min(value = 0, message = "{learner.grade.range}") @Max(value = 12, message = "{learner.grade.range}") Integer completedGrade)
        implements Serializable {
}
