package vn.hoctap.portal.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.notification.control.MailSender;
import vn.hoctap.portal.notification.entity.OutboxMail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends one queued mail in its own transaction: the row is locked (others skip it), sent, and
 * marked sent in the same transaction; a failure is recorded with the time of the next attempt.
 */
@Stateless
public class OutboxDelivery {

    /** Skip rows another sender holds instead of waiting for them. */
    private static final Map<String, Object> SKIP_LOCKED = Map.of("jakarta.persistence.lock.timeout", -2);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createQuery("""
                        select m.id from OutboxMail m
                        where m.status = vn.hoctap.portal.notification.entity.OutboxMail$Status.PENDING
                          and m.nextAttemptAt <= :now order by m.id""", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /**
     * Sends one mail over the round's connection.
     *
     * @return false when the mail did not go out (recorded with its next attempt)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id, MailSender.Connection connection, Duration firstWait) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE, SKIP_LOCKED);
        if (mail == null || !mail.due(clock.instant())) {
            return true;
        }
        try {
            connection.send(mail.recipient(), mail.subject(), mail.body(), "<outbox-" + mail.id() + "@hoctap.vn>");
            mail.sent(clock.instant());
            return true;
        } catch (MessagingException | RuntimeException e) {
            failed(mail, e, firstWait);
            return false;
        }
    }

    /** The SMTP server could not be reached: the first due mail records it and waits; the others wait their turn. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unreachable(long id, Exception cause, Duration firstWait) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE, SKIP_LOCKED);
        if (mail != null && mail.due(clock.instant())) {
            failed(mail, cause, firstWait);
        }
    }

    private void failed(OutboxMail mail, Exception cause, Duration firstWait) {
        mail.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), clock.instant(), firstWait);
    }
}
