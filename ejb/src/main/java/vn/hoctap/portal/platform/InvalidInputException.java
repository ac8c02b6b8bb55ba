package vn.hoctap.portal.platform;

import jakarta.validation.ConstraintViolation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Input that breaks the rules of a use case, field by field. Each error names the field and a
 * message key; the boundary that shows it resolves the key in the user's language.
 */
public class InvalidInputException extends BusinessException {

    /** One broken rule: the field ({@code ""} for the whole form), a message key and its arguments. */
    public record FieldError(String field, String messageKey, List<Object> arguments) {

        public FieldError {
            arguments = List.copyOf(arguments);
        }

        public FieldError(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.invalidInput");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey)));
    }

    /** One broken rule whose message needs values, e.g. the size limit a file broke. */
    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, List.of(arguments))));
    }

    /** Turns Bean Validation violations whose message templates are {@code {key}} into errors. */
    public static <T> InvalidInputException of(Set<ConstraintViolation<T>> violations) {
        return new InvalidInputException(violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), keyOf(v.getMessageTemplate())))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::messageKey))
                .distinct()
                .toList());
    }

    private static String keyOf(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
