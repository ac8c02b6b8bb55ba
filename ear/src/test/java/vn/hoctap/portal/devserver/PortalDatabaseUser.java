package vn.hoctap.portal.devserver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The portal connects as its own user, never as a password-less root: WildFly refuses an empty
 * datasource password. This creates that user (and the database) on a server where we hold an
 * administrator account, as the embedded MariaDB and the tests against a local server need.
 */
public final class PortalDatabaseUser {

    public static final String USER = "portal";
    public static final String PASSWORD = "portal";

    private PortalDatabaseUser() {
    }

    /** @param adminUrl a JDBC URL of the server, naming the database the portal uses */
    public static void ensure(String adminUrl, String adminUser, String adminPassword) throws SQLException {
        String database = databaseOf(adminUrl);
        String serverUrl = adminUrl.replaceFirst("/" + database, "/");
        try (Connection connection = DriverManager.getConnection(serverUrl, adminUser, adminPassword);
             Statement sql = connection.createStatement()) {
            sql.execute("create database if not exists `" + database + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            for (String host : new String[]{"%", "localhost", "127.0.0.1"}) {
                sql.execute("create user if not exists '" + USER + "'@'" + host + "' identified by '" + PASSWORD + "'");
                sql.execute("grant all privileges on `" + database + "`.* to '" + USER + "'@'" + host + "'");
            }
        }
    }

    static String databaseOf(String jdbcUrl) {
        String afterHost = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
        String path = afterHost.substring(afterHost.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
