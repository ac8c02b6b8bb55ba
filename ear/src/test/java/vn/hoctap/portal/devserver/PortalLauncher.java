package vn.hoctap.portal.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run command ({@code ./mvnw -Prun}): starts an embedded MariaDB and mail sink unless the
 * environment names real ones, then the provisioned WildFly with the portal deployed, and
 * waits until Ctrl-C, when it stops all three.
 */
public final class PortalLauncher {

    static final int EMBEDDED_DB_PORT = 3307;
    static final int MAIL_SINK_SMTP_PORT = 3025;
    static final int MAIL_SINK_WEB_PORT = 8025;

    private PortalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path wildfly = Path.of(System.getProperty("wildfly.home"));
        Path ear = Path.of(System.getProperty("portal.ear"));
        Path state = Path.of(System.getProperty("portal.state.dir")).toAbsolutePath().normalize();
        Path content = Path.of(System.getProperty("portal.content.dir")).toAbsolutePath().normalize();
        long started = System.nanoTime();
        requireFree(8080, "the portal (is it already running?)");
        requireFree(9990, "WildFly's management interface");

        Deque<AutoCloseable> running = new ArrayDeque<>();
        Map<String, String> env = new HashMap<>(System.getenv());
        if (blank(env.get("PORTAL_DB_URL"))) {
            requireFree(EMBEDDED_DB_PORT, "the embedded MariaDB");
            say("No PORTAL_DB_URL: starting an embedded MariaDB, data in " + state.resolve("mariadb"));
            EmbeddedMariaDb db = EmbeddedMariaDb.start(state.resolve("mariadb"), EMBEDDED_DB_PORT);
            running.push(db);
            env.put("PORTAL_DB_URL", db.jdbcUrl());
            env.put("PORTAL_DB_USER", PortalDatabaseUser.USER);
            env.put("PORTAL_DB_PASSWORD", PortalDatabaseUser.PASSWORD);
        }
        if (blank(env.get("PORTAL_SMTP_HOST"))) {
            requireFree(MAIL_SINK_SMTP_PORT, "the mail sink");
            requireFree(MAIL_SINK_WEB_PORT, "the mail sink's web page");
            MailSink mail = MailSink.start(MAIL_SINK_SMTP_PORT).withWebPage(MAIL_SINK_WEB_PORT);
            running.push(mail);
            env.put("PORTAL_SMTP_HOST", "127.0.0.1");
            env.put("PORTAL_SMTP_PORT", Integer.toString(mail.smtpPort()));
            say("No PORTAL_SMTP_HOST: mails go to the embedded mail sink, read them at http://localhost:" + MAIL_SINK_WEB_PORT + "/");
        }
        env.putIfAbsent("PORTAL_CONTENT_DIR", content.toString());
        // the materials' files, beside the embedded database's: kept between runs, removed with .portal/
        env.putIfAbsent("PORTAL_DATA_DIR", state.resolve("data").toString());
        env.putIfAbsent("PORTAL_BASE_URL", "http://localhost:8080/");

        Path base = serverBase(wildfly, ear);
        ProcessBuilder builder = new ProcessBuilder(wildfly.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base)
                .inheritIO();
        builder.environment().clear();
        builder.environment().putAll(env);
        // standalone.sh then passes SIGTERM/SIGINT on to the server and waits for it
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        Process server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, running)));

        if (waitForPortal(server)) {
            say(String.format("The portal is up at http://localhost:8080/ (%.1f s after launch). Ctrl-C stops it.",
                    (System.nanoTime() - started) / 1e9));
        } else if (server.isAlive()) {
            say("The portal did not come up: WildFly runs, but the deployment failed. See the log above. Ctrl-C stops it.");
        }
        int exit = server.waitFor();
        System.exit(exit);
    }

    /** A server base folder of the run's own, with the provisioned configuration and the EAR. */
    private static Path serverBase(Path wildfly, Path ear) throws IOException {
        Path base = wildfly.resolveSibling("portal-run");
        deleteTree(base);
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(wildfly.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, deployments.resolve("portal.ear"), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    private static boolean waitForPortal(Process server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:8080/api/health")).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void stop(Process server, Deque<AutoCloseable> running) {
        say("Stopping the portal");
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        try {
            server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Stops with a clear message when another program already listens on the port. */
    private static void requireFree(int port, String forWhat) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (IOException taken) {
            say("Port " + port + " is already in use, but " + forWhat + " needs it. Stop what uses it and try again.");
            System.exit(2);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void say(String line) {
        System.out.println("[portal] " + line);
    }
}
