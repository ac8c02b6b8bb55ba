package vn.hoctap.portal.notification.boundary;

import vn.hoctap.portal.notification.entity.OutboxMail;

import java.io.Serializable;
import java.time.Instant;

/** A mail of the outbox as the administrators' list shows it (the body stays private). */
public record OutboxRow(long id, String kind, String recipient, String subject, OutboxMail.Status status, int attempts,
                        Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) implements Serializable {
}
