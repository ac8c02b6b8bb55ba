package vn.hoctap.portal.platform;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * An expected failure of a use case. It carries a message key of the {@code messages} bundle
 * (and its arguments) so that the web and REST boundaries can say it in the user's language.
 * The transaction is rolled back: nothing half-written survives.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
