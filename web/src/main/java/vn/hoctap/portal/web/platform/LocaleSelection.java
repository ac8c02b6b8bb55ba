package vn.hoctap.portal.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.identity.boundary.MyAccount;

import java.io.Serializable;
import java.util.Locale;

/** The language of this visit: Vietnamese until the person switches; kept on their account. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAccount myAccount;

    private Locale locale = Texts.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches language and shows the same page again. */
    public String use(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
        myAccount.preferLocale(locale.getLanguage());
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** Takes the language an account prefers, right after it signs in. */
    public void adopt(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
    }
}
