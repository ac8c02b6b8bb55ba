package vn.hoctap.portal.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import vn.hoctap.portal.identity.boundary.SignIn;

import java.util.Set;

/**
 * The database identity store of Jakarta Security: checks an e-mail address or phone number
 * and a password against the account table. The caller principal's name is the account id.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(account -> new CredentialValidationResult(
                        new CallerPrincipal(Long.toString(account.id())), Set.of(account.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
