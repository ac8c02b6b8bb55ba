package vn.hoctap.portal.web.identity;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import vn.hoctap.portal.identity.boundary.AccountSummary;
import vn.hoctap.portal.identity.boundary.MyAccount;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.web.platform.LocaleSelection;

import java.io.IOException;
import java.io.Serializable;

/** Who is signed in, for the page header; and signing out. */
@Named("signedIn")
@SessionScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAccount myAccount;

    @Inject
    LocaleSelection localeSelection;

    private AccountSummary account;

    /** Called once the container knows the caller: remembers them and their language. */
    void signedIn() {
        account = myAccount.show();
        localeSelection.adopt(account.preferredLocale());
    }

    public boolean isSignedIn() {
        return getAccount() != null;
    }

    /** The signed-in account; also after the session came back from a Basic or remembered login. */
    public AccountSummary getAccount() {
        if (account == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            signedIn();
        }
        return account;
    }

    public boolean isManager() {
        AccountSummary current = getAccount();
        return current != null && (current.role() == Role.CENTRE_MANAGER || current.role() == Role.ADMIN);
    }

    /** A teacher, whose way in is their classes (/manager/teaching.xhtml). */
    public boolean isTeacher() {
        AccountSummary current = getAccount();
        return current != null && current.role() == Role.TEACHER;
    }

    public boolean isResident() {
        AccountSummary current = getAccount();
        return current != null && current.role() == Role.RESIDENT;
    }

    public boolean isAdministrator() {
        AccountSummary current = getAccount();
        return current != null && current.role() == Role.ADMIN;
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
