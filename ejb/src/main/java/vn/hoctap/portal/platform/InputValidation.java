package vn.hoctap.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Validates a use case's input with Bean Validation and throws {@link InvalidInputException}
 * with message keys. Boundaries call it first, so that JSF and REST share the same rules.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T require(T input) {
        if (input == null) {
            throw InvalidInputException.of("", "error.invalidInput");
        }
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        return input;
    }
}
