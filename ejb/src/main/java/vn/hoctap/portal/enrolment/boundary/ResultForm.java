package vn.hoctap.portal.enrolment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hoctap.portal.enrolment.entity.LearningResult;

import java.io.Serializable;

/**
 * A learner's result: completed or not (null: not assessed yet), the literacy level reached in a
 * literacy class (optional: it follows from the class's programme), a note.
 */
public record ResultForm(
        LearningResult result,
        @Min(value = 1, message = "{result.level.mismatch}") @Max(value = 2, message = "{result.level.mismatch}") Integer literacyLevel,
        @Size(max = 500, message = "{result.note.tooLong}") @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String note)
        implements Serializable {
}
