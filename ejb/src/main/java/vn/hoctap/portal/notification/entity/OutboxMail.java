package vn.hoctap.portal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail waiting to be sent, written in the same transaction as the change it tells about. The
 * sender tries it until the SMTP server takes it, waiting longer after each failure; after
 * {@link #MAX_ATTEMPTS} failures it gives up and the mail stays visible as failed.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    public static final int MAX_ATTEMPTS = 20;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private int version;

    protected OutboxMail() {
    }

    public OutboxMail(String kind, String recipient, String subject, String body, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public boolean due(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** The SMTP server refused or was away: wait first, then twice as long each time, at most half an hour. */
    public void failed(String error, Instant now, Duration firstWait) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    /** An administrator asks for another try of a failed mail: it is due now, with a fresh count of attempts. */
    public void retry(Instant now) {
        if (status != Status.FAILED) {
            throw new vn.hoctap.portal.platform.BusinessException("outbox.notFailed");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
