package vn.hoctap.portal.it;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Published classes of the Bồ Đề centre taught by one of its teachers (not a guest speaker), for
 * the tests of running a class. Like {@link Classes#published}: one session a week for two weeks,
 * the first {@code startsInDays} from today, at an hour no demo class uses.
 */
public final class TaughtClasses {

    public static final String TEACHER = "giaovien.bode@hoctap.demo";
    public static final String OTHER_TEACHER = "giaovien2.bode@hoctap.demo";

    private TaughtClasses() {
    }

    public static long published(URL base, String programme, int seats, int startsInDays, String hour, String teacherLogin) {
        Http manager = Http.at(base).as(Classes.MANAGER, Classes.PASSWORD);
        String title = "Lớp thử " + programme + " " + UUID.randomUUID().toString().substring(0, 8);
        long courseId = Classes.id(manager.post("api/courses/drafts", "{\"centreId\":" + Database.centreId("TTHTCD-BD")
                + ",\"programme\":\"" + programme + "\",\"title\":\"" + title + "\",\"summary\":\"Lớp dùng cho kiểm thử.\",\"fee\":0}").body());
        long hall = Database.count("select id from venue where code = 'BD-HT'");
        long teacher = Database.count("select id from account where email = ?", teacherLogin);
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(startsInDays);
        var created = manager.post("api/courses/" + courseId + "/classes", "{\"teacherId\":" + teacher + ",\"venueId\":" + hall
                + ",\"capacity\":" + seats + ",\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusDays(13) + "\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.body());
        }
        long classId = Classes.id(created.body());
        var scheduled = manager.post("api/classes/" + classId + "/sessions/weekly", "{\"days\":[\"" + start.getDayOfWeek()
                + "\"],\"from\":\"" + hour + "\",\"to\":\"" + hour.substring(0, 3) + "59\",\"firstDay\":\"" + start
                + "\",\"weeks\":2,\"acceptVenueSharing\":true}");
        if (scheduled.statusCode() != 201) {
            throw new IllegalStateException(scheduled.body());
        }
        manager.put("api/courses/" + courseId + "/status", "{\"status\":\"PUBLISHED\"}");
        return classId;
    }

    /** The class's sessions, first to last. */
    public static java.util.List<Long> sessions(long classId) {
        return Database.column("select id from class_session where class_id = ? order by starts_at", classId).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
