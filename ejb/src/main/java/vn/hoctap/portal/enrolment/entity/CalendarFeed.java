package vn.hoctap.portal.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The private address of a resident's calendar of sessions: whoever has it sees the sessions, so
 * it is unguessable (256 random bits) and the resident can replace it, which kills the old one.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long accountId, Instant now) {
        this.accountId = accountId;
        renew(now);
    }

    /** A new address; the old one answers nothing from now on. */
    public void renew(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        createdAt = now;
    }

    /** Whether a text can be a token at all: anything else is not looked up. */
    public static boolean wellFormed(String candidate) {
        return candidate != null && TOKEN.matcher(candidate).matches();
    }

    public long accountId() {
        return accountId;
    }

    public String token() {
        return token;
    }
}
