package vn.hoctap.portal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoctap.portal.notification.entity.OutboxMail;

import java.time.Clock;

/**
 * Queues a mail in the caller's transaction: it is stored with the change it tells about, or not
 * at all. {@code OutboxSender} sends it later.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Subject and body from the mail bundles, in the recipient's language ("vi" or "en"). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String kind, String recipient, String languageTag, String subjectKey, String bodyKey, Object... arguments) {
        em.persist(new OutboxMail(kind, recipient, MailTemplates.text(languageTag, subjectKey, arguments),
                MailTemplates.text(languageTag, bodyKey, arguments), clock.instant()));
    }
}
