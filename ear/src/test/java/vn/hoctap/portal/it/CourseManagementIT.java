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

        String search = "api/courses?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Http.at(base).get(search).body()).as("a draft is not in the catalog").contains("\"total\":0");
        assertThat(manager.put("api/courses/" + courseId + "/status", "{\"status\":\"COMPLETED\"}").statusCode()).isEqualTo(409);
        assertThat(manager.put("api/courses/" + courseId + "/status", "{\"status\":\"PUBLISHED\"}").statusCode()).isEqualTo(204);
        assertThat(Http.at(base).get(search).body()).contains("\"total\":1", "\"classId\":" + classId);
    }
}
