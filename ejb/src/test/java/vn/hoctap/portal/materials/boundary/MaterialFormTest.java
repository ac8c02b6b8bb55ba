package vn.hoctap.portal.materials.boundary;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.materials.entity.Audience;
import vn.hoctap.portal.materials.entity.Level;
import vn.hoctap.portal.materials.entity.Licence;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The material form's rules, with the message keys the pages and the API show. */
class MaterialFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static java.util.List<InvalidInputException.FieldError> errors(MaterialForm form) {
        var violations = VALIDATOR.validate(form);
        return violations.isEmpty() ? java.util.List.of() : InvalidInputException.of(violations).errors();
    }

    @Test
    void a_complete_form_passes() {
        assertThat(errors(new MaterialForm(1L, "Rửa tay đúng cách", "Sáu bước.\nDạy trẻ rửa tay.", "HEALTH",
                Set.of(Audience.PARENTS), Level.BASIC, "vi", Licence.CC_BY, "Trạm Y tế", null, null, null))).isEmpty();
    }

    @Test
    void markup_in_texts_and_missing_choices_are_named_field_by_field() {
        var form = new MaterialForm(1L, "<script>alert(1)</script>", "<b>x</b>", "", Set.of(), null, "VN", null,
                "<i>tác giả</i>", null, null, null);
        assertThat(errors(form)).extracting(e -> e.field() + ":" + e.messageKey()).containsExactly(
                "audiences:material.audiences.required", "author:text.markup", "description:text.markup",
                "language:material.language.invalid", "level:material.level.required",
                "licence:material.licence.required", "subject:material.subject.required", "title:text.markup");
    }
}
