package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.hoctap.portal.catalog.entity.Course;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Fills course.search_text (V3) for courses created before it: folding needs Java, not SQL. */
public class V3_1__FoldCourseSearchText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "select id, title, summary from course where search_text = ''");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "update course set search_text = ? where id = ?");
             ResultSet courses = select.executeQuery()) {
            while (courses.next()) {
                update.setString(1, Course.searchTextOf(courses.getString("title"), courses.getString("summary")));
                update.setLong(2, courses.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
