package vn.hoctap.portal.it;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A centre manager creates a course and a class, schedules and publishes it; bad input is named. */
@ExtendWith(ArquillianExtension.class)
class CourseManagementIT {

    static final String PASSWORD = "Hoctap2026";
    static final String MANAGER = "quanly.giathuy@hoctap.demo";
    static final String MANAGER_OF_BO_DE = "quanly.bode@hoctap.demo";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private long centre() {
        return Database.centreId("TTHTCD-GT");
    }

    private static String manager() {
        return MANAGER;
    }

    private static String course(long centre, String title, long fee, Integer minAge, Integer maxAge) {
        return "{\"centreId\":" + centre + ",\"programme\":\"DIGITAL_SKILLS\",\"title\":\"" + title + "\","
                + "\"summary\":\"Dùng điện thoại thông minh để nộp hồ sơ dịch vụ công trực tuyến.\","
                + "\"minAge\":" + minAge + ",\"maxAge\":" + maxAge + ",\"audienceGroups\":[\"ELDERLY\"],\"fee\":" + fee + "}";
    }

    private static long id(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonNumber("id").longValue();
    }

    @Test
    void bad_course_input_is_named_field_by_field_and_nothing_is_stored() {
        long before = Database.count("select count(*) from course");
        var response = Http.at(base).as(manager(), PASSWORD).post("api/courses/drafts",
                course(centre(), "<script>alert(1)</script>", -5000, 60, 15));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"title\"", "text.markup", "\"field\":\"fee\"", "course.fee.negative");
        assertThat(Database.count("select count(*) from course")).isEqualTo(before);

        var ages = Http.at(base).as(manager(), PASSWORD).post("api/courses/drafts", course(centre(), "Kỹ năng số", 0, 60, 15));
        assertThat(ages.statusCode()).isEqualTo(400);
        assertThat(ages.body()).contains("course.age.range");
        assertThat(Database.count("select count(*) from course")).isEqualTo(before);
    }

    @Test
    void a_manager_may_not_create_courses_for_another_centre() {
        var response = Http.at(base).as(manager(), PASSWORD).post("api/courses/drafts",
                course(Database.centreId("TTHTCD-BD"), "Kỹ năng số cho người cao tuổi", 0, null, null));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_course_is_created_given_a_class_scheduled_and_published_into_the_catalog() {
        String title = "Điện thoại thông minh cho người cao tuổi " + UUID.randomUUID().toString().substring(0, 6);
        var created = Http.at(base).as(manager(), PASSWORD).post("api/courses/drafts", course(centre(), title, 0, 50, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long courseId = id(created.body());

        long venue = ((Number) Database.column("select id from venue where centre_id = ? order by capacity", centre()).get(0)).longValue();
        long otherVenue = ((Number) Database.column("select id from venue where centre_id <> ? order by id", centre()).get(0)).longValue();
        int venueCapacity = ((Number) Database.column("select capacity from venue where id = ?", venue).get(0)).intValue();
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
        Http manager = Http.at(base).as(manager(), PASSWORD);

        var bad = manager.post("api/courses/" + courseId + "/classes", "{\"guestSpeaker\":\"Anh Lê Văn Nam\",\"venueId\":" + otherVenue
                + ",\"capacity\":" + (venueCapacity + 500) + ",\"startDate\":\"1900-01-01\",\"endDate\":\"1899-12-01\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("class.dates.absurd", "class.venue.notOfCentre");
        var tooBig = manager.post("api/courses/" + courseId + "/classes", "{\"guestSpeaker\":\"Anh Lê Văn Nam\",\"venueId\":" + venue
                + ",\"capacity\":" + (venueCapacity + 1) + ",\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusDays(13) + "\"}");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("class.capacity.aboveVenue", "Sĩ số vượt quá sức chứa của địa điểm.");

        var added = manager.post("api/courses/" + courseId + "/classes", "{\"guestSpeaker\":\"Anh Lê Văn Nam, Đoàn thanh niên phường\",\"venueId\":"
                + venue + ",\"capacity\":" + venueCapacity + ",\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusDays(13) + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long classId = id(added.body());

        var scheduled = manager.post("api/classes/" + classId + "/sessions/weekly", "{\"days\":[\"" + start.getDayOfWeek()
                + "\"],\"from\":\"05:15\",\"to\":\"05:45\",\"firstDay\":\"" + start + "\",\"weeks\":2,\"acceptVenueSharing\":true}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);

        assertThat(manager.put("api/classes/" + classId + "/capacity", "{\"capacity\":" + (venueCapacity + 1) + "}").body())
                .contains("\"field\":\"capacity\"", "class.capacity.aboveVenue");
        assertThat(Http.at(base).as(MANAGER_OF_BO_DE, PASSWORD).put("api/classes/" + classId + "/capacity", "{\"capacity\":5}")
                .statusCode()).isEqualTo(403);
        assertThat(manager.put("api/classes/" + classId + "/capacity", "{\"capacity\":" + (venueCapacity - 1) + "}").statusCode())
                .isEqualTo(204);
        assertThat(Database.count("select capacity from class_seats where class_id = ?", classId)).isEqualTo(venueCapacity - 1);

        String search = "api/courses?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Http.at(base).get(search).body()).as("a draft is not in the catalog").contains("\"total\":0");
        assertThat(Http.at(base).get("api/courses/" + courseId).statusCode()).as("nor is its page").isEqualTo(404);
        assertThat(manager.put("api/courses/" + courseId + "/status", "{\"status\":\"COMPLETED\"}").statusCode()).isEqualTo(409);
        assertThat(manager.put("api/courses/" + courseId + "/status", "{\"status\":\"PUBLISHED\"}").statusCode()).isEqualTo(204);
        assertThat(Http.at(base).get(search).body()).contains("\"total\":1", "\"classId\":" + classId);
        var page = Http.at(base).get("api/courses/" + courseId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"title\":\"" + title + "\"", "\"status\":\"PUBLISHED\"", "\"classId\":" + classId,
                "\"capacity\":" + (venueCapacity - 1));
    }

    @Test
    void a_description_keeps_its_formatting_and_loses_its_scripts() {
        String title = "Phòng chống lừa đảo qua mạng " + UUID.randomUUID().toString().substring(0, 6);
        String form = course(centre(), title, 0, null, null).replace("\"fee\":0", "\"fee\":0,\"description\":"
                + "\"<p onclick=\\\"x()\\\">Nhận biết <strong>tin nhắn giả</strong></p><script>alert(1)</script>"
                + "<ul><li><a href=\\\"javascript:alert(1)\\\">bấm</a></li></ul>\"");
        var created = Http.at(base).as(manager(), PASSWORD).post("api/courses/drafts", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        assertThat(Database.column("select description from course where id = ?", id(created.body())).get(0))
                .isEqualTo("<p>Nhận biết <strong>tin nhắn giả</strong></p><ul><li><a rel=\"nofollow noopener noreferrer\">bấm</a></li></ul>");
    }

    @Test
    void a_course_is_rewritten_until_it_is_completed_and_never_moved_to_another_centre() {
        String title = "Sử dụng mạng xã hội an toàn " + UUID.randomUUID().toString().substring(0, 6);
        Http manager = Http.at(base).as(manager(), PASSWORD);
        long courseId = id(manager.post("api/courses/drafts", course(centre(), title, 0, null, null)).body());

        var rewritten = manager.put("api/courses/" + courseId, course(centre(), title + " (buổi tối)", 20000, 16, null));
        assertThat(rewritten.statusCode()).as(rewritten.body()).isEqualTo(204);
        assertThat(Database.count("select count(*) from course where id = ? and title = ? and fee = 20000 and min_age = 16",
                courseId, title + " (buổi tối)")).isOne();

        var moved = manager.put("api/courses/" + courseId, course(Database.centreId("TTHTCD-BD"), title, 0, null, null));
        assertThat(moved.statusCode()).isEqualTo(400);
        assertThat(moved.body()).contains("\"field\":\"centreId\"", "course.centre.fixed");

        manager.put("api/courses/" + courseId + "/status", "{\"status\":\"CANCELLED\"}");
        var closed = manager.put("api/courses/" + courseId, course(centre(), "Tên khác", 0, null, null));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("course.closed");
        assertThat(Database.count("select count(*) from course where id = ? and title = ?", courseId, title + " (buổi tối)")).isOne();
    }

    @Test
    void administrators_extend_the_programmes_and_managers_may_not() {
        String code = "CHUYEN_DOI_SO_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        String programme = "{\"code\":\"" + code + "\",\"nameVi\":\"Chuyển đổi số cộng đồng\",\"nameEn\":\"Community digital transformation\"}";
        try {
            assertThat(Http.at(base).as(manager(), PASSWORD).post("api/programmes", programme).statusCode()).isEqualTo(403);
            Http admin = Http.at(base).as("admin.longbien@hoctap.demo", PASSWORD);
            var added = admin.post("api/programmes", programme);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            assertThat(Http.at(base).get("api/programmes").body()).contains("\"code\":\"LITERACY_1\"", "\"code\":\"" + code + "\"");

            assertThat(admin.post("api/programmes", programme).body()).contains("programme.code.taken");
            assertThat(admin.post("api/programmes", "{\"code\":\"xóa mù\",\"nameVi\":\"\",\"nameEn\":\"x\"}").body())
                    .contains("programme.code.format", "programme.name.required");
        } finally {
            Database.update("delete from programme where code = ?", code);
        }
    }

    @Test
    void a_manager_keeps_the_centres_venues_never_smaller_than_a_class_planned_there() {
        Http manager = Http.at(base).as(manager(), PASSWORD);
        String name = "Nhà văn hóa tổ dân phố số 9 " + UUID.randomUUID().toString().substring(0, 4);
        try {
            var added = manager.post("api/centres/" + centre() + "/venues",
                    "{\"name\":\"" + name + "\",\"kind\":\"OUTSIDE_PLACE\",\"capacity\":50,\"address\":\"Tổ dân phố số 9\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            assertThat(manager.get("api/centres/" + centre() + "/venues").body()).contains(name);
            assertThat(manager.post("api/centres/" + centre() + "/venues", "{\"name\":\"\",\"capacity\":0}").body())
                    .contains("venue.name.required", "venue.kind.required", "venue.capacity.positive");
            assertThat(manager.post("api/centres/" + Database.centreId("TTHTCD-BD") + "/venues",
                    "{\"name\":\"x\",\"kind\":\"CENTRE_ROOM\",\"capacity\":5}").statusCode()).isEqualTo(403);
            assertThat(manager.get("api/centres/" + Database.centreId("TTHTCD-BD") + "/venues").statusCode()).isEqualTo(403);
        } finally {
            Database.update("delete from venue where name = ?", name);
        }

        var busy = Database.column("""
                select v.id, max(s.capacity) from venue v join class_offering k on k.venue_id = v.id
                join class_seats s on s.class_id = k.id
                where v.centre_id = ? and k.cancelled = false group by v.id order by v.id""", centre());
        long venueId = ((Number) busy.get(0)).longValue();
        int largest = ((Number) Database.column("""
                select max(s.capacity) from class_offering k join class_seats s on s.class_id = k.id
                where k.venue_id = ? and k.cancelled = false""", venueId)
                .get(0)).intValue();
        var refused = manager.put("api/venues/" + venueId + "/capacity", "{\"capacity\":" + (largest - 1) + "}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("venue.capacity.belowClass");
    }
}
