package vn.hoctap.portal.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import vn.hoctap.portal.notification.control.MailSender;
import vn.hoctap.portal.platform.Settings;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends the outbox every few seconds ({@code PORTAL_OUTBOX_INTERVAL_SECONDS}, default 5). A mail
 * that fails waits {@code PORTAL_OUTBOX_RETRY_SECONDS} (default 30), then twice as long each time.
 * A round sends up to 50 due mails over one SMTP connection. While the server is away, the round
 * records the failure on the first due mail and stops; the next round tries again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    OutboxDelivery delivery;

    @Inject
    MailSender sender;

    private final AtomicBoolean running = new AtomicBoolean();
    private Duration firstWait;

    @PostConstruct
    void start() {
        long interval = seconds(Settings.OUTBOX_INTERVAL_SECONDS, 5);
        firstWait = Duration.ofSeconds(seconds(Settings.OUTBOX_RETRY_SECONDS, 30));
        timers.createIntervalTimer(interval * 1000, interval * 1000, new TimerConfig("outbox", false));
    }

    private static long seconds(Settings setting, long fallback) {
        return setting.value().map(Long::parseLong).filter(s -> s > 0).orElse(fallback);
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Long> due = delivery.due(BATCH);
            if (due.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            int sent = 0;
            try (MailSender.Connection connection = sender.connect()) {
                for (long id : due) {
                    if (!delivery.deliver(id, connection, firstWait)) {
                        break;
                    }
                    sent++;
                }
            } catch (MessagingException unreachable) {
                LOG.info("SMTP server unreachable, " + due.size() + " mails wait: " + unreachable.getMessage());
                delivery.unreachable(due.get(0), unreachable, firstWait);
            }
            int delivered = sent;
            LOG.fine(() -> "Outbox round: " + delivered + " of " + due.size() + " due mails in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.warning("Outbox round failed: " + e);
        } finally {
            running.set(false);
        }
    }
}
