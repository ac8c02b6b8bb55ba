package vn.hoctap.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public catalog API on the demo catalog: filters, text with or without diacritics, paging. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private JsonObject catalog(String query) {
        var response = Http.at(base).get("api/courses?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void everyone_sees_the_published_classes_not_yet_over_soonest_first() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long expected = Database.count("""
                select count(*) from class_offering c join course co on co.id = c.course_id
                where c.cancelled = false and co.status in ('PUBLISHED', 'RUNNING') and c.end_date >= ?""", today);

        var page = catalog("");

        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(expected).isPositive();
        assertThat(items(page)).hasSizeLessThanOrEqualTo(20)
                .extracting(item -> LocalDate.parse(item.getString("startDate"))).isSorted();
    }

    @Test
    void drafts_are_not_listed() {
        var draftTitles = Database.column("select title from course where status = 'DRAFT'");
        assertThat(draftTitles).isNotEmpty();
        var page = catalog("size=100");
        assertThat(items(page)).extracting(item -> item.getString("title")).doesNotContainAnyElementsOf(
                draftTitles.stream().map(Object::toString).toList());
    }

    @Test
    void text_finds_the_same_classes_typed_with_or_without_diacritics() {
        var withMarks = catalog("size=100&q=" + encoded("xóa mù chữ"));
        var without = catalog("size=100&q=" + encoded("XOA MU CHU"));

        assertThat(withMarks.getJsonNumber("total").longValue()).isPositive()
                .isEqualTo(without.getJsonNumber("total").longValue());
        assertThat(items(withMarks)).allSatisfy(item -> assertThat(
                vn.hoctap.portal.platform.VietnameseText.fold(item.getString("title") + " " + item.getString("summary")))
                .contains("xoa", "mu", "chu"));
    }

    @Test
    void evening_classes_on_a_weekday_free_of_charge() {
        var page = catalog("size=100&time=evening&day=TUESDAY&day=THURSDAY&free=true");

        assertThat(items(page)).isNotEmpty().allSatisfy(item -> {
            assertThat(LocalTime.parse(item.getString("usualStart"))).isAfterOrEqualTo(LocalTime.of(17, 0));
            assertThat(item.getString("weekdays")).containsAnyOf("|TUESDAY|", "|THURSDAY|");
            assertThat(item.getJsonNumber("fee").longValue()).isZero();
        });
    }

    @Test
    void one_centre_and_its_pages() {
        long centre = Database.centreId("TTHTCD-NT");
        var first = catalog("centre=" + centre + "&size=5&page=0&sort=TITLE");
        var second = catalog("centre=" + centre + "&size=5&page=1&sort=TITLE");

        assertThat(first.getJsonNumber("total").longValue()).isGreaterThan(5).isEqualTo(second.getJsonNumber("total").longValue());
        assertThat(items(first)).hasSize(5).allSatisfy(item ->
                assertThat(item.getString("centre")).isEqualTo("Trung tâm học tập cộng đồng phường Ngọc Thụy"));
        assertThat(items(second)).extracting(i -> i.getJsonNumber("classId").longValue())
                .doesNotContainAnyElementsOf(items(first).stream().map(i -> i.getJsonNumber("classId").longValue()).toList());
    }

    @Test
    void a_class_page_lists_its_sessions_and_a_draft_courses_class_is_not_found() {
        long classId = items(catalog("size=1")).get(0).getJsonNumber("classId").longValue();
        long sessions = Database.count("select count(*) from class_session where class_id = ?", classId);

        var detail = Http.at(base).get("api/classes/" + classId);
        assertThat(detail.statusCode()).isEqualTo(200);
        var json = Json.createReader(new StringReader(detail.body())).readObject();
        assertThat(json.getJsonArray("sessions")).hasSize((int) sessions);
        assertThat(json.getJsonObject("card").getJsonNumber("classId").longValue()).isEqualTo(classId);

        long draftClass = ((Number) Database.column("""
                select c.id from class_offering c join course co on co.id = c.course_id where co.status = 'DRAFT'""").get(0)).longValue();
        assertThat(Http.at(base).get("api/classes/" + draftClass).statusCode()).isEqualTo(404);
        assertThat(Http.at(base).get("api/classes/" + draftClass + "/sessions.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void the_ics_download_is_valid_rfc_5545_in_vietnam_time() throws Exception {
        long classId = items(catalog("size=1&time=EVENING")).get(0).getJsonNumber("classId").longValue();
        var response = Http.at(base).get("api/classes/" + classId + "/sessions.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize((int) Database.count("select count(*) from class_session where class_id = ?", classId));
        var firstStart = (java.sql.Timestamp) Database.column(
                "select starts_at from class_session where class_id = ? order by starts_at", classId).get(0);
        assertThat(response.body()).contains("DTSTART;TZID=Asia/Ho_Chi_Minh:"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(firstStart.toLocalDateTime()));
    }

    @Test
    void unknown_words_and_absurd_sizes_are_named_in_a_400() {
        var badTime = Http.at(base).get("api/courses?time=night");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("catalog.time.unknown", "Buổi không hợp lệ");

        var badSize = Http.at(base).inLanguage("en").get("api/courses?size=500&within=0");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.body()).contains("A page holds 1 to 100 classes.", "must be 1 to 366");
    }
}
