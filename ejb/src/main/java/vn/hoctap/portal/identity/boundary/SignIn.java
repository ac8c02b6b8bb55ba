package vn.hoctap.portal.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.hoctap.portal.identity.control.Accounts;
import vn.hoctap.portal.identity.control.PasswordHasher;
import vn.hoctap.portal.identity.entity.Account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks sign-in attempts and keeps count of failures: a locked account is refused without
 * looking at the password, and every failure is recorded even though the attempt fails.
 */
@Stateless
public class SignIn {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** The account when the login and password match and the account is not locked. */
    public Optional<AccountSummary> verify(String login, String password) {
        Optional<Account> found = accounts.byLogin(login);
        if (found.isEmpty()) {
            hasher.spendVerificationTime(password);
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            return Optional.empty();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            account.recordFailedLogin(now);
            return Optional.empty();
        }
        account.recordSuccessfulLogin();
        return Optional.of(AccountSummary.of(account));
    }

    /** Until when failed sign-ins keep this login locked, if they do now. */
    public Optional<Instant> lockedUntil(String login) {
        Instant now = clock.instant();
        return accounts.byLogin(login)
                .filter(account -> account.isLocked(now))
                .map(Account::lockedUntil);
    }
}
