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
    OUTBOX_RETRY_SECONDS("portal.outbox.retry", "PORTAL_OUTBOX_RETRY_SECONDS"),
    /**
     * Folder of the files the portal keeps outside the database (learning materials). Default
     * {@code ${jboss.server.data.dir}/portal}; the run command uses {@code .portal/data}.
     */
    DATA_DIR("portal.data.dir", "PORTAL_DATA_DIR"),
    /** Largest file a material may have, in megabytes (default 50; the server's max-post-size is 60 MB). */
    MATERIAL_MAX_MEGABYTES("portal.materials.max.mb", "PORTAL_MATERIAL_MAX_MB"),
    /** Seconds the text extraction of one file may take before it is given up (default 60; decimals allowed). */
    EXTRACTION_TIMEOUT_SECONDS("portal.materials.extraction.timeout", "PORTAL_EXTRACTION_TIMEOUT_SECONDS"),
    /** Most characters of text kept from one file (default 5,000,000); the rest is cut off. */
    EXTRACTION_MAX_CHARACTERS("portal.materials.text.max", "PORTAL_EXTRACTION_MAX_CHARACTERS");

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

    /**
     * The folder of the files the portal keeps outside the database (materials, the search index):
     * {@link #DATA_DIR}, else {@code portal} in the server's data folder.
     */
    public static Path dataFolder() {
        return DATA_DIR.path().orElseGet(() -> Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "portal"));
    }

    public Optional<Path> path() {
        return value().map(Path::of);
    }

    /** The setting as a number, or the fallback when it is unset, not a number or not above zero. */
    public double positiveNumber(double fallback) {
        try {
            return value().map(Double::parseDouble).filter(n -> n > 0).orElse(fallback);
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    public String environmentVariable() {
        return environmentVariable;
    }
}
