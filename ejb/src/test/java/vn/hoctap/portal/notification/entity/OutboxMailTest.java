package vn.hoctap.portal.notification.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

    private static OutboxMail mail() {
        return new OutboxMail("ENROLMENT_CONFIRMED", "an@hoctap.demo", "Xác nhận đăng ký", "Xin chào", NOW);
    }

    @Test
    void a_new_mail_is_due_at_once_and_sent_once() {
        OutboxMail mail = mail();
        assertThat(mail.due(NOW)).isTrue();

        mail.sent(NOW.plusSeconds(1));

        assertThat(mail.status()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.due(NOW.plusSeconds(3600))).as("a sent mail is never due again").isFalse();
    }

    @Test
    void each_failure_doubles_the_wait_up_to_half_an_hour() {
        OutboxMail mail = mail();

        mail.failed("Connection refused", NOW, FIRST_WAIT);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(mail.due(NOW.plusSeconds(29))).isFalse();
        assertThat(mail.due(NOW.plusSeconds(30))).isTrue();

        mail.failed("Connection refused", NOW, FIRST_WAIT);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        mail.failed("Connection refused", NOW, FIRST_WAIT);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));

        for (int i = 0; i < 10; i++) {
            mail.failed("Connection refused", NOW, FIRST_WAIT);
        }
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(mail.lastError()).isEqualTo("Connection refused");
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
    }

    @Test
    void after_the_last_attempt_the_mail_is_failed_and_stays_visible() {
        OutboxMail mail = mail();
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.failed("550 mailbox unavailable", NOW, FIRST_WAIT);
        }

        assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.attempts()).isEqualTo(OutboxMail.MAX_ATTEMPTS);
        assertThat(mail.due(NOW.plus(Duration.ofDays(1)))).isFalse();
    }
}
