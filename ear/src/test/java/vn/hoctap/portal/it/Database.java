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
        try (Connection connection = DriverManager.getConnection(System.getProperty("portal.db.url"),
                System.getProperty("portal.db.user"), System.getProperty("portal.db.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
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

    public static long centreId(String code) {
        return count("select id from learning_centre where code = ?", code);
    }

    public static long groupId(String code) {
        return count("select id from residential_group where code = ?", code);
    }
}
