package vn.hoctap.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the portal's database directly, to check what a request stored, or did not. */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as numbers or texts. */
    public static java.util.List<Object> column(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            var values = new java.util.ArrayList<Object>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes what a test made, so that it can run again on a database kept between runs. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's own datasource inside the server (tests that run there), a plain connection outside. */
    private static Connection connect() throws SQLException {
        try {
            return ((javax.sql.DataSource) new javax.naming.InitialContext().lookup("java:jboss/datasources/PortalDS"))
                    .getConnection();
        } catch (javax.naming.NamingException outsideTheServer) {
            return DriverManager.getConnection(System.getProperty("portal.db.url"),
                    System.getProperty("portal.db.user"), System.getProperty("portal.db.password"));
        }
    }

    public static long centreId(String code) {
        return count("select id from learning_centre where code = ?", code);
    }

    public static long groupId(String code) {
        return count("select id from residential_group where code = ?", code);
    }
}
