package vn.hoctap.portal.it;

import jakarta.json.Json;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Published classes of the Bồ Đề centre made through the managers' API, for enrolment tests. */
public final class Classes {

    public static final String MANAGER = "quanly.bode@hoctap.demo";
    public static final String PASSWORD = "Hoctap2026";

    private Classes() {
    }

    /**
     * A published class with the given seats in the centre's hall, starting in {@code startsInDays}
     * days, one session a week for two weeks at an hour no demo class uses (the venue is shared).
     */
    public static long published(URL base, String programme, int seats, int startsInDays, String hour) {
        Http manager = Http.at(base).as(MANAGER, PASSWORD);
        String title = "Lớp thử " + programme + " " + UUID.randomUUID().toString().substring(0, 8);
        long courseId = id(manager.post("api/courses/drafts", "{\"centreId\":" + Database.centreId("TTHTCD-BD")
                + ",\"programme\":\"" + programme + "\",\"title\":\"" + title + "\",\"summary\":\"Lớp dùng cho kiểm thử.\",\"fee\":0}").body());
        long hall = Database.count("select id from venue where code = 'BD-HT'");
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(startsInDays);
        long classId = id(manager.post("api/courses/" + courseId + "/classes", "{\"guestSpeaker\":\"Báo cáo viên thử\",\"venueId\":" + hall
                + ",\"capacity\":" + seats + ",\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusDays(13) + "\"}").body());
        var scheduled = manager.post("api/classes/" + classId + "/sessions/weekly", "{\"days\":[\"" + start.getDayOfWeek()
                + "\"],\"from\":\"" + hour + "\",\"to\":\"" + hour.substring(0, 3) + "59\",\"firstDay\":\"" + start
                + "\",\"weeks\":2,\"acceptVenueSharing\":true}");
        if (scheduled.statusCode() != 201) {
            throw new IllegalStateException(scheduled.body());
        }
        manager.put("api/courses/" + courseId + "/status", "{\"status\":\"PUBLISHED\"}");
        return classId;
    }

    static long id(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonNumber("id").longValue();
    }
}
