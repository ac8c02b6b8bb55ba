package vn.hoctap.portal.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.hoctap.portal.identity.control.PasswordHasher;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;

/** What a signed-in person does with their own account. */
@Stateless
public class MyAccount {

    @Inject
    CallerAccount caller;

    @Inject
    InputValidation validation;

    @Inject
    PasswordHasher hasher;

    public AccountSummary show() {
        return AccountSummary.of(caller.require());
    }

    public void changePassword(PasswordChangeForm form) {
        validation.require(form);
        Account account = caller.require();
        if (!hasher.matches(form.currentPassword(), account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "password.current.wrong");
        }
        account.changePasswordHash(hasher.hash(form.newPassword()));
    }

    /** Remembers the language the person chose, for their mails and next visits. */
    public void preferLocale(String languageTag) {
        if (!"vi".equals(languageTag) && !"en".equals(languageTag)) {
            throw InvalidInputException.of("locale", "signup.locale.invalid");
        }
        caller.current().ifPresent(account -> account.preferLocale(languageTag));
    }
}
