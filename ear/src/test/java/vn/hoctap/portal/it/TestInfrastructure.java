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
