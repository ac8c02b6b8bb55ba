package vn.hoctap.portal.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.notification.entity.OutboxMail;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Administrators watch the outbox: how many mails wait, went out or failed, and why; a failed one can be tried again. */
@Stateless
public class OutboxMonitor {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    public Map<OutboxMail.Status, Long> counts() {
        caller.requireAdministrator();
        Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
        for (OutboxMail.Status status : OutboxMail.Status.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class).getResultList()
                .forEach(row -> counts.put((OutboxMail.Status) row[0], (Long) row[1]));
        return counts;
    }

    /** Newest first, a page at a time; all statuses when {@code status} is null. */
    public List<OutboxRow> mails(OutboxMail.Status status, int page) {
        caller.requireAdministrator();
        return em.createQuery("""
                        select new vn.hoctap.portal.notification.boundary.OutboxRow(m.id, m.kind, m.recipient, m.subject,
                            m.status, m.attempts, m.createdAt, m.nextAttemptAt, m.sentAt, m.lastError)
                        from OutboxMail m where (:status is null or m.status = :status) order by m.id desc""", OutboxRow.class)
                .setParameter("status", status).setFirstResult(Math.max(page, 0) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList();
    }

    /** A failed mail goes back to the queue, due now. */
    public void retry(long id) {
        caller.requireAdministrator();
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new NotFoundException();
        }
        mail.retry(clock.instant());
    }
}
