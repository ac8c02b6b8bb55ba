package vn.hoctap.portal.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the running portal. Each is read from a system property (the launcher and the
 * tests set those) and then from an environment variable (production, docker compose).
 */
public enum Settings {

    /** Folder with the demo content to load once at start; unset means load nothing. */
    CONTENT_DIR("portal.content.dir", "PORTAL_CONTENT_DIR"),
    /** Public address of the portal, used in links sent by mail. */
    BASE_URL("portal.base.url", "PORTAL_BASE_URL"),
    /** Seconds between two rounds of the mail outbox sender (default 5). */
    OUTBOX_INTERVAL_SECONDS("portal.outbox.interval", "PORTAL_OUTBOX_INTERVAL_SECONDS"),
    /** Seconds a mail waits after its first failed attempt; doubled after each further one (default 30). */
    OUTBOX_RETRY_SECONDS("portal.outbox.retry", "PORTAL_OUTBOX_RETRY_SECONDS");

    private final String property;
    private final String environmentVariable;

    Settings(String property, String environmentVariable) {
        this.property = property;
        this.environmentVariable = environmentVariable;
    }

    public Optional<String> value() {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public Optional<Path> path() {
        return value().map(Path::of);
    }

    public String environmentVariable() {
        return environmentVariable;
    }
}
