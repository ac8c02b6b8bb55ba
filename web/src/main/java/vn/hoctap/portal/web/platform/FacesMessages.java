package vn.hoctap.portal.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

/** Puts the messages of the {@code messages} bundle on the page, in the view's language. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Each broken rule beside its field ({@code formId:field}); whole-form rules at the top. */
    public static void errors(String formId, InvalidInputException invalid) {
        for (var error : invalid.errors()) {
            error(error.field().isEmpty() ? null : formId + ":" + error.field(), error.messageKey());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void error(BusinessException failure) {
        add(null, FacesMessage.SEVERITY_ERROR, failure.messageKey(), failure.arguments());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
