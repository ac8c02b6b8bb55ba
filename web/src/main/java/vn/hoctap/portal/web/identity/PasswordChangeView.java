package vn.hoctap.portal.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.identity.boundary.MyAccount;
import vn.hoctap.portal.identity.boundary.PasswordChangeForm;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;

/** A signed-in person changes their password. */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAccount myAccount;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() {
        if (newPassword != null && !newPassword.equals(repeatedPassword)) {
            FacesMessages.error("password:repeatedPassword", "password.repeat.mismatch");
            return;
        }
        try {
            myAccount.changePassword(new PasswordChangeForm(currentPassword, newPassword));
            FacesMessages.info("password.changed");
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("password", invalid);
        }
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
