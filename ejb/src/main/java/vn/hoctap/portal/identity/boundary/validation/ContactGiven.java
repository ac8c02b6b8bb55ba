package vn.hoctap.portal.identity.boundary.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.hoctap.portal.identity.boundary.SignUpForm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A sign-up gives a phone number, an e-mail address, or both: they are how one signs in. */
@Constraint(validatedBy = ContactGiven.Validator.class)
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContactGiven {
    String message() default "{signup.contact.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ContactGiven, SignUpForm> {
        @Override
        public boolean isValid(SignUpForm form, ConstraintValidatorContext context) {
            return form == null || form.getPhone() != null || form.getEmail() != null;
        }
    }
}
