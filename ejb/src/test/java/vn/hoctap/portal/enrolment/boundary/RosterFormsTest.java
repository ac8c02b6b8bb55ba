package vn.hoctap.portal.enrolment.boundary;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.enrolment.entity.LearningResult;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The constraints of the roster's forms name the field and a message key of the bundles. */
class RosterFormsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static <T> List<InvalidInputException.FieldError> errorsOf(T form) {
        var violations = validator.validate(form);
        return violations.isEmpty() ? List.of() : InvalidInputException.of(violations).errors();
    }

    @Test
    void a_walk_in_needs_a_real_name_a_birth_year_and_a_group_the_phone_and_grade_are_optional() {
        assertThat(errorsOf(new LearnerForm("Lò Thị Mỷ", 1990, 3L, null, null).normalised())).isEmpty();
        assertThat(errorsOf(new LearnerForm(" Hà  Văn   Sử ", 1975, 3L, "+84 912 345 678", 3).normalised())).isEmpty();
        assertThat(new LearnerForm(" Hà  Văn   Sử ", 1975, 3L, "+84 912 345 678", 3).normalised())
                .extracting(LearnerForm::fullName, LearnerForm::phone).containsExactly("Hà Văn Sử", "0912345678");

        assertThat(errorsOf(new LearnerForm("<b>An</b>", null, null, "12345", 13).normalised()))
                .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::messageKey)
                .containsExactly(tuple("birthYear", "learner.birthYear.required"),
                        tuple("completedGrade", "learner.grade.range"),
                        tuple("fullName", "signup.fullName.invalid"),
                        tuple("phone", "signup.phone.invalid"),
                        tuple("residentialGroupId", "learner.group.required"));
    }

    @Test
    void attendance_notes_and_result_remarks_are_short_plain_text() {
        var tooLong = "a".repeat(301);
        assertThat(errorsOf(new AttendanceForm(List.of(new AttendanceForm.Mark(1L, false, "đi muộn"))))).isEmpty();
        assertThat(errorsOf(new AttendanceForm(List.of(new AttendanceForm.Mark(1L, false, tooLong),
                new AttendanceForm.Mark(null, true, "<script>")))))
                .extracting(InvalidInputException.FieldError::messageKey)
                .containsExactlyInAnyOrder("attendance.note.tooLong", "attendance.enrolment.required", "text.markup");
        assertThat(errorsOf(new ResultForm(LearningResult.COMPLETED, 3, "<i>giỏi</i>")))
                .extracting(InvalidInputException.FieldError::messageKey)
                .containsExactlyInAnyOrder("result.level.mismatch", "text.markup");
    }
}
