package vn.hoctap.portal.enrolment.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/**
 * A session's sheet as the teacher saves it. Learners not listed were present; a mark may carry a
 * short note ("đi muộn", "ốm").
 */
public record AttendanceForm(@NotNull(message = "{error.invalidInput}") List<@Valid @NotNull(message = "{error.invalidInput}") Mark> marks)
        implements Serializable {

    public record Mark(@NotNull(message = "{attendance.enrolment.required}") Long enrolmentId, boolean present,
                       @Size(max = 300, message = "{attendance.note.tooLong}") @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String note)
            implements Serializable {
    }
}
