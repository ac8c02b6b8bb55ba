package vn.hoctap.portal.identity.boundary.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.hoctap.portal.platform.PortalClock;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;

/** A birth year that a living person who uses the portal can have: aged 6 to 110 this year. */
@Constraint(validatedBy = PlausibleBirthYear.Validator.class)
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleBirthYear {
    int YOUNGEST_AGE = 6;
    int OLDEST_AGE = 110;

    String message() default "{signup.birthYear.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleBirthYear, Integer> {
        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            if (year == null) {
                return true;
            }
            int thisYear = Year.now(PortalClock.ZONE).getValue();
            return year >= thisYear - OLDEST_AGE && year <= thisYear - YOUNGEST_AGE;
        }
    }
}
