package vn.hoctap.portal.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.identity.boundary.SignUpForm;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidInputExceptionTest {

    private static Set<ConstraintViolation<SignUpForm>> violationsOf(SignUpForm form) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(form);
        }
    }

    @Test
    void violationsBecomeKeysWithoutBracesSortedByField() {
        SignUpForm form = new SignUpForm();
        form.setFullName("<b>x</b>");
        form.setBirthYear(1800);
        form.setResidentialGroupId(null);
        form.setPassword("short1");
        form.setPreferredLocale("fr");
        // no phone and no e-mail: a class-level violation with an empty path

        InvalidInputException e = InvalidInputException.of(violationsOf(form));

        assertThat(e.messageKey()).isEqualTo("error.invalidInput");
        assertThat(e.errors()).containsExactly(
                new FieldError("", "signup.contact.required"),
                new FieldError("birthYear", "signup.birthYear.implausible"),
                new FieldError("fullName", "signup.fullName.invalid"),
                new FieldError("password", "password.length"),
                new FieldError("preferredLocale", "signup.locale.invalid"),
                new FieldError("residentialGroupId", "signup.residentialGroup.required"));
    }

    @Test
    void severalKeysOnOneFieldAreSortedByKey() {
        SignUpForm form = new SignUpForm();
        form.setFullName("Lan");
        form.setBirthYear(1980);
        form.setEmail("lan@hoctap.demo");
        form.setResidentialGroupId(1L);
        form.setPassword("!!!");   // too short and neither a letter nor a digit

        InvalidInputException e = InvalidInputException.of(violationsOf(form));

        assertThat(e.errors()).containsExactly(
                new FieldError("password", "password.length"),
                new FieldError("password", "password.weak"));
    }

    @Test
    void noViolationsGiveNoErrors() {
        assertThat(InvalidInputException.of(Set.<ConstraintViolation<Object>>of()).errors()).isEmpty();
    }

    @Test
    void singleErrorFactoryAndDefensiveCopy() {
        assertThat(InvalidInputException.of("email", "signup.email.taken").errors())
                .containsExactly(new FieldError("email", "signup.email.taken"));

        var errors = new java.util.ArrayList<>(List.of(new FieldError("a", "k")));
        InvalidInputException e = new InvalidInputException(errors);
        errors.add(new FieldError("b", "k"));
        assertThat(e.errors()).hasSize(1);
    }
}
