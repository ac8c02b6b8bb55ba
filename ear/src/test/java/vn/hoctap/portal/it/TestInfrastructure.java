package vn.hoctap.portal.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.hoctap.portal.devserver.EmbeddedMariaDb;
import vn.hoctap.portal.devserver.MailSink;
import vn.hoctap.portal.devserver.PortalDatabaseUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Once per test run, before Arquillian starts WildFly: a database (the one PORTAL_DB_URL names,
 * else an embedded MariaDB in target/it) and an embedded SMTP server whose mails the tests read.
 * Their addresses reach WildFly as system properties (arquillian.xml).
 */
public class TestInfrastructure implements LauncherSessionListener {

    private static EmbeddedMariaDb database;
    private static MailSink mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("portal.test.dir") == null || mail != null) {
            return;
        }
        try {
            derivePortsFromOffset();
            String url = System.getenv("PORTAL_DB_URL");
            String user = PortalDatabaseUser.USER;
            String password = PortalDatabaseUser.PASSWORD;
            if (url == null || url.isBlank()) {
                database = EmbeddedMariaDb.startEmpty(Path.of(System.getProperty("portal.test.dir"), "mariadb"), freePort());
                url = database.jdbcUrl();
            } else if (orElse(System.getenv("PORTAL_DB_PASSWORD"), "").isEmpty()) {
                // a server whose user has no password (this machine's root): the portal gets its own user
                PortalDatabaseUser.ensure(url, orElse(System.getenv("PORTAL_DB_USER"), "root"), "");
            } else {
                user = System.getenv("PORTAL_DB_USER");
                password = System.getenv("PORTAL_DB_PASSWORD");
            }
            System.setProperty("portal.db.url", url);
            System.setProperty("portal.db.user", user);
            System.setProperty("portal.db.password", password);
            mail = MailSink.start(freePort());
            System.setProperty("portal.smtp.host", "127.0.0.1");
            System.setProperty("portal.smtp.port", Integer.toString(mail.smtpPort()));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the tests' database and mail server", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Stopping the embedded MariaDB: " + e.getMessage());
            }
        }
    }

    /**
     * {@code -Dportal.it.port.offset=200} alone moves the whole test server: its management port
     * (9990 + offset) and the base URL (8080 + offset) follow unless given themselves. Set before
     * Arquillian reads arquillian.xml.
     */
    private static void derivePortsFromOffset() {
        String offset = System.getProperty("portal.it.port.offset");
        if (offset == null || offset.isBlank()) {
            return;
        }
        int by = Integer.parseInt(offset.strip());
        if (System.getProperty("portal.it.management.port") == null) {
            System.setProperty("portal.it.management.port", Integer.toString(9990 + by));
        }
        if (System.getProperty("portal.it.base.url") == null) {
            System.setProperty("portal.it.base.url", "http://localhost:" + (8080 + by) + "/");
        }
    }

    /** The SMTP server WildFly sends to during the tests. */
    public static MailSink mail() {
        return mail;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
