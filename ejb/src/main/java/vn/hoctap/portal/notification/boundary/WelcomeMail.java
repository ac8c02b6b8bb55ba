package vn.hoctap.portal.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.hoctap.portal.identity.boundary.AccountRegistered;
import vn.hoctap.portal.notification.control.Outbox;
import vn.hoctap.portal.platform.Settings;

/**
 * Welcomes a resident who signed up with an e-mail address: the mail is queued in the outbox in
 * the sign-up's own transaction, so it goes out exactly when the account exists.
 */
@ApplicationScoped
public class WelcomeMail {

    @Inject
    Outbox outbox;

    void onRegistered(@Observes AccountRegistered account) {
        if (account.email() == null) {
            return;
        }
        String portal = Settings.BASE_URL.value().orElse("http://localhost:8080/");
        outbox.queue("WELCOME", account.email(), account.preferredLocale(), "welcome.subject", "welcome.body",
                account.fullName(), portal);
    }
}
