package vn.hoctap.portal.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.identity.control.Accounts;
import vn.hoctap.portal.identity.control.PasswordHasher;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Residents sign themselves up. */
@Stateless
public class Registration {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    Event<AccountRegistered> registered;

    /**
     * Creates a resident's account, or refuses with every broken rule at once; nothing is stored
     * when anything is wrong.
     */
    public AccountSummary signUp(SignUpForm form) {
        SignUpForm input = validation.require(form == null ? null : form.normalised());
        List<FieldError> errors = new ArrayList<>();
        ResidentialGroup group = em.find(ResidentialGroup.class, input.getResidentialGroupId());
        if (group == null) {
            errors.add(new FieldError("residentialGroupId", "signup.residentialGroup.required"));
        }
        if (accounts.phoneTaken(input.getPhone())) {
            errors.add(new FieldError("phone", "signup.phone.taken"));
        }
        if (accounts.emailTaken(input.getEmail())) {
            errors.add(new FieldError("email", "signup.email.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = Account.resident(input.getFullName(), input.getBirthYear(), input.getEmail(),
                input.getPhone(), group, hasher.hash(input.getPassword()), clock.instant());
        account.preferLocale(input.getPreferredLocale());
        accounts.add(account);
        registered.fire(new AccountRegistered(account.id(), account.fullName(), account.email(),
                account.preferredLocale()));
        return AccountSummary.of(account);
    }
}
