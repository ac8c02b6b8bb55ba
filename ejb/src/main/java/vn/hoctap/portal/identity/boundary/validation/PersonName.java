package vn.hoctap.portal.identity.boundary.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's name as written in Vietnam: letters of any script with their diacritics, spaces,
 * apostrophes, dots and hyphens. No digits, no markup.
 */
@NotBlank(message = "{signup.fullName.required}")
@Size(max = 120, message = "{signup.fullName.tooLong}")
@Pattern(regexp = "^\\p{L}[\\p{L}\\p{M} .'\\-]*$", message = "{signup.fullName.invalid}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {
    String message() default "{signup.fullName.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
