package vn.hoctap.portal.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
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

    /** A message that survives the redirect after a successful form (post / redirect / get). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * Each broken rule beside its field ({@code formId:field}); whole-form rules, and rules about
     * a field the form does not show, at the top, so that none is lost.
     */
    public static void errors(String formId, InvalidInputException invalid) {
        for (var error : invalid.errors()) {
            String clientId = error.field().isEmpty() ? null : formId + ":" + error.field();
            error(clientId != null && shown(clientId) ? clientId : null, error.messageKey(), error.arguments().toArray());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void error(BusinessException failure) {
        add(null, FacesMessage.SEVERITY_ERROR, failure.messageKey(), failure.arguments());
    }

    /** A text of the bundle in the view's language (e.g. a word to put into a message). */
    public static String text(String key, Object... arguments) {
        return Texts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    /** A text already in the page's language, at the top. */
    public static void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static boolean shown(String clientId) {
        try {
            UIComponent component = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
            return component != null && component.isRendered();
        } catch (IllegalArgumentException notAContainer) {
            return false;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * Runs what a form asked for; when the use case refuses, shows why — each broken rule beside
     * its field of {@code formId}, any other refusal at the top — and answers null (stay on the page).
     */
    public static <T> T refusalsShown(String formId, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException invalid) {
            errors(formId, invalid);
            return null;
        } catch (BusinessException refused) {
            error(refused);
            return null;
        }
    }
}
