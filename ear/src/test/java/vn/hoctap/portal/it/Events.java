package vn.hoctap.portal.it;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Community events made over REST by the Bồ Đề centre's manager, for the events' tests. */
public final class Events {

    public static final String MANAGER = "quanly.bode@hoctap.demo";
    public static final String OTHER_MANAGER = "quanly.ngocthuy@hoctap.demo";
    public static final String ADMIN = "admin.longbien@hoctap.demo";
    public static final String PASSWORD = "Hoctap2026";

    private Events() {
    }

    /** Now in Vietnam, to the minute. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The JSON of an event of the Bồ Đề centre at a place in words. */
    public static String form(String title, LocalDateTime start, LocalDateTime end, Integer capacity) {
        return "{\"title\":\"" + title + "\",\"description\":\"Sự kiện thử\",\"type\":\"TALK\",\"organiserKind\":\"CENTRE\","
                + "\"organiserName\":\"TTHTCĐ phường Bồ Đề\",\"centreId\":" + Database.centreId("TTHTCD-BD")
                + ",\"place\":\"Nhà văn hóa tổ dân phố số 3\",\"startsAt\":\"" + start + ":00\",\"endsAt\":\"" + end
                + ":00\",\"audience\":\"Mọi người dân\",\"capacity\":" + capacity + "}";
    }

    /** A new event of the centre, {@code daysAhead} days from now, 2 hours long; its id. */
    public static long created(URL base, String title, int daysAhead, Integer capacity) {
        LocalDateTime start = now().plusDays(daysAhead).withHour(19).withMinute(0);
        var response = Http.at(base).as(MANAGER, PASSWORD).post("api/events", form(title, start, start.plusHours(2), capacity));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.id(response.body());
    }

    /** Reads ids out of JSON answers. */
    public static final class Json {
        private Json() {
        }

        public static jakarta.json.JsonObject object(String body) {
            return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        }

        public static long id(String body) {
            var json = object(body);
            return json.containsKey("card") ? json.getJsonObject("card").getJsonNumber("id").longValue()
                    : json.getJsonNumber("id").longValue();
        }
    }
}
