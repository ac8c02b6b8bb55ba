package vn.hoctap.portal.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import vn.hoctap.portal.identity.boundary.AccountRegistered;
import vn.hoctap.portal.notification.control.MailSender;
import vn.hoctap.portal.notification.control.MailTemplates;
import vn.hoctap.portal.platform.Settings;

import java.util.logging.Logger;

/**
 * Welcomes a resident who signed up with an e-mail address, once the account is committed.
 * A mail that cannot be sent is logged; the sign-up stands.
 */
@ApplicationScoped
public class WelcomeMail {

    private static final Logger LOG = Logger.getLogger(WelcomeMail.class.getName());

    @Inject
    MailSender sender;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountRegistered account) {
        if (account.email() == null) {
            return;
        }
        String lang = account.preferredLocale();
        String portal = Settings.BASE_URL.value().orElse("http://localhost:8080/");
        try {
            sender.send(account.email(),
                    MailTemplates.text(lang, "welcome.subject"),
                    MailTemplates.text(lang, "welcome.body", account.fullName(), portal));
        } catch (MessagingException e) {
            LOG.warning("Welcome mail to account " + account.accountId() + " not sent: " + e.getMessage());
        }
    }
}
