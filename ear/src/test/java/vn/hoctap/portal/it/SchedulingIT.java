package vn.hoctap.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoctap.portal.platform.content.CatalogContentFiles;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalog as loaded, and managers scheduling sessions through the API, clashes included. */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

    static final String PASSWORD = "Hoctap2026";
    static final String MANAGER_BO_DE = "quanly.bode@hoctap.demo";
    static final String MANAGER_NGOC_THUY = "quanly.ngocthuy@hoctap.demo";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private final List<Long> createdSessions = new ArrayList<>();
    private final List<Runnable> restore = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestChanged() {
        restore.forEach(Runnable::run);
        for (long id : createdSessions) {
            Database.update("delete from schedule_change where session_id = ?", id);
            Database.update("delete from class_session where id = ?", id);
        }
    }

    /** The last demo class of Bồ Đề taught by a teacher (other tests add classes of their own): the one the change tests move and cancel. */
    private static long classToChange() {
        var ids = Database.column("""
                select c.id from class_offering c join course co on co.id = c.course_id
                join learning_centre lc on lc.id = co.centre_id
                where lc.code = 'TTHTCD-BD' and c.teacher_id is not null and datediff(c.end_date, c.start_date) >= 13
                  and c.cancelled = false and c.code like 'BD-%'
                order by c.id desc""");
        return ((Number) ids.get(0)).longValue();
    }

    private void restoreSession(long sessionId) {
        var start = Database.column("select starts_at from class_session where id = ?", sessionId).get(0);
        var end = Database.column("select ends_at from class_session where id = ?", sessionId).get(0);
        restore.add(() -> {
            Database.update("delete from schedule_change where session_id = ?", sessionId);
            Database.update("update class_session set starts_at = ?, ends_at = ?, cancelled = false, venue_shared = false where id = ?",
                    start, end, sessionId);
        });
    }

    @Test
    void a_manager_moves_a_session_to_a_free_time_and_the_change_is_recorded() {
        long classId = classToChange();
        long sessionId = ((Number) Database.column("select id from class_session where class_id = ? order by starts_at", classId).get(0)).longValue();
        restoreSession(sessionId);
        var day = ((java.sql.Timestamp) Database.column("select starts_at from class_session where id = ?", sessionId).get(0))
                .toLocalDateTime().toLocalDate();

        var moved = Http.at(base).as(MANAGER_BO_DE, PASSWORD).put("api/sessions/" + sessionId,
                "{\"start\":\"" + day + "T05:00:00\",\"end\":\"" + day + "T06:30:00\",\"reason\":\"Trùng lịch họp tổ dân phố\"}");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Database.count("select count(*) from class_session where id = ? and time(starts_at) = '05:00:00'", sessionId)).isOne();
        assertThat(Database.count("""
                select count(*) from schedule_change sc join account a on a.id = sc.changed_by
                where sc.session_id = ? and sc.kind = 'SESSION_RESCHEDULED' and a.email = ?
                  and sc.reason = 'Trùng lịch họp tổ dân phố' and time(sc.new_start) = '05:00:00'""", sessionId, MANAGER_BO_DE)).isOne();
    }

    @Test
    void moving_a_session_onto_its_teachers_other_session_is_refused() {
        long classId = classToChange();
        var ids = Database.column("select id from class_session where class_id = ? and cancelled = false order by starts_at", classId);
        long first = ((Number) ids.get(0)).longValue();
        var second = (java.sql.Timestamp) Database.column("select starts_at from class_session where id = ?", ids.get(1)).get(0);
        var secondEnd = (java.sql.Timestamp) Database.column("select ends_at from class_session where id = ?", ids.get(1)).get(0);

        var refused = Http.at(base).as(MANAGER_BO_DE, PASSWORD).put("api/sessions/" + first,
                "{\"start\":\"" + second.toLocalDateTime() + "\",\"end\":\"" + secondEnd.toLocalDateTime() + "\",\"acceptVenueSharing\":true}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"kind\":\"TEACHER\"");
    }

    @Test
    void moving_a_session_outside_its_class_dates_is_refused_and_changes_nothing() {
        long classId = classToChange();
        long sessionId = ((Number) Database.column("select id from class_session where class_id = ? order by starts_at", classId).get(0)).longValue();
        var end = ((Date) Database.column("select end_date from class_offering where id = ?", classId).get(0)).toLocalDate();
        String day = end.plusDays(3).toString();

        var refused = Http.at(base).as(MANAGER_BO_DE, PASSWORD).put("api/sessions/" + sessionId,
                "{\"start\":\"" + day + "T19:00:00\",\"end\":\"" + day + "T21:00:00\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"start\"", "thời gian của lớp");
        assertThat(Database.count("select count(*) from schedule_change where session_id = ?", sessionId)).isZero();
    }

    @Test
    void a_cancelled_session_is_marked_cancelled_in_the_calendar_and_cannot_be_cancelled_twice() {
        long classId = classToChange();
        long sessionId = ((Number) Database.column("select id from class_session where class_id = ? order by starts_at desc", classId).get(0)).longValue();
        restoreSession(sessionId);

        var cancelled = Http.at(base).as(MANAGER_BO_DE, PASSWORD).delete("api/sessions/" + sessionId + "?reason=Bão");
        assertThat(cancelled.statusCode()).isEqualTo(204);
        assertThat(Http.at(base).as(MANAGER_BO_DE, PASSWORD).delete("api/sessions/" + sessionId).statusCode()).isEqualTo(409);

        String ics = Http.at(base).get("api/classes/" + classId + "/sessions.ics").body();
        String event = ics.substring(ics.indexOf("UID:session-" + sessionId + "@"));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        assertThat(event).contains("STATUS:CANCELLED", "SEQUENCE:1");
    }

    @Test
    void another_centres_manager_may_not_move_or_cancel() {
        long sessionId = ((Number) Database.column("select id from class_session where class_id = ? order by starts_at", classToChange()).get(0)).longValue();
        assertThat(Http.at(base).as(MANAGER_NGOC_THUY, PASSWORD).delete("api/sessions/" + sessionId).statusCode()).isEqualTo(403);
        assertThat(Http.at(base).as(MANAGER_NGOC_THUY, PASSWORD).post("api/classes/" + classToChange() + "/sessions/cancellation", "").statusCode())
                .isEqualTo(403);
        assertThat(Database.count("select count(*) from class_session where id = ? and cancelled = true", sessionId)).isZero();
    }

    /** A class of Bồ Đề taught by a teacher account, lasting at least two weeks. */
    private static long boDeClassWithTeacher() {
        return ((Number) Database.column("""
                select c.id from class_offering c join course co on co.id = c.course_id
                join learning_centre lc on lc.id = co.centre_id
                where lc.code = 'TTHTCD-BD' and c.teacher_id is not null and datediff(c.end_date, c.start_date) >= 13
                  and c.cancelled = false and c.code like 'BD-%'
                order by c.id""").get(0)).longValue();
    }

    private static LocalDate startOf(long classId) {
        return ((Date) Database.column("select start_date from class_offering where id = ?", classId).get(0)).toLocalDate();
    }

    private static String plan(DayOfWeek day, String from, String to, LocalDate firstDay, int weeks, boolean share) {
        return "{\"days\":[\"" + day + "\"],\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"firstDay\":\"" + firstDay
                + "\",\"weeks\":" + weeks + ",\"acceptVenueSharing\":" + share + "}";
    }

    private HttpResponse<String> schedule(String manager, long classId, String plan) {
        var response = Http.at(base).as(manager, PASSWORD).post("api/classes/" + classId + "/sessions/weekly", plan);
        if (response.statusCode() == 201) {
            json(response).getJsonArray("sessions").forEach(s -> createdSessions.add(s.asJsonObject().getJsonNumber("id").longValue()));
        }
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void the_demo_catalog_is_loaded_whole_without_clashes() {
        var content = new CatalogContentFiles(Path.of("../content")).catalog();
        int classesInContent = content.courses().stream().mapToInt(c -> c.classes().size()).sum();

        assertThat(Database.count("select count(*) from course")).isGreaterThanOrEqualTo(content.courses().size());
        assertThat(Database.count("select count(*) from class_offering")).isGreaterThanOrEqualTo(classesInContent);
        assertThat(Database.count("select count(*) from class_session")).isGreaterThan(classesInContent);
        assertThat(Database.count("""
                select count(*) from class_session a join class_session b on a.id < b.id and a.venue_id = b.venue_id
                and a.starts_at < b.ends_at and b.starts_at < a.ends_at and a.venue_shared = false and b.venue_shared = false""")).isZero();
        assertThat(Database.count("""
                select count(*) from class_session s join holiday h on date(s.starts_at) between h.starts_on and h.ends_on""")).isZero();
    }

    @Test
    void a_free_slot_is_scheduled_and_reported_with_its_sessions() {
        long classId = boDeClassWithTeacher();
        LocalDate firstSunday = startOf(classId).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));

        var response = schedule(MANAGER_BO_DE, classId, plan(DayOfWeek.SUNDAY, "04:00", "04:30", startOf(classId), 1, false));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var result = json(response);
        assertThat(result.getJsonArray("sessions").size() + result.getJsonArray("skipped").size()).isEqualTo(1);
        if (!result.getJsonArray("sessions").isEmpty()) {
            assertThat(result.getJsonArray("sessions").getJsonObject(0).getString("start")).startsWith(firstSunday + "T04:00");
        }
    }

    @Test
    void a_plan_on_top_of_the_class_teachers_own_sessions_is_a_teacher_clash_that_cannot_be_overridden() {
        long classId = boDeClassWithTeacher();
        var first = Database.column("select starts_at from class_session where class_id = ? order by starts_at", classId);
        var start = ((java.sql.Timestamp) first.get(0)).toLocalDateTime();
        var end = ((java.sql.Timestamp) Database.column(
                "select ends_at from class_session where class_id = ? order by starts_at", classId).get(0)).toLocalDateTime();
        String clashingPlan = plan(start.getDayOfWeek(), start.toLocalTime().toString(), end.toLocalTime().toString(),
                start.toLocalDate(), 1, true);
        long before = Database.count("select count(*) from class_session where class_id = ?", classId);

        var response = schedule(MANAGER_BO_DE, classId, clashingPlan);

        assertThat(response.statusCode()).isEqualTo(409);
        var report = json(response);
        assertThat(report.getBoolean("onlyVenueClashes")).isFalse();
        assertThat(report.getJsonArray("clashes").getValuesAs(JsonObject.class))
                .anySatisfy(clash -> {
                    assertThat(clash.getString("kind")).isEqualTo("TEACHER");
                    assertThat(clash.getString("message")).startsWith("Giáo viên đã dạy lớp");
                });
        assertThat(Database.count("select count(*) from class_session where class_id = ?", classId)).isEqualTo(before);
    }

    @Test
    void a_venue_clash_is_refused_until_the_manager_accepts_sharing_the_venue() {
        // two classes of one venue, with different teachers (or a guest), running in the same week
        var pair = Database.column("""
                select concat(a.id, ',', b.id, ',', greatest(a.start_date, b.start_date))
                from class_offering a join class_offering b on a.venue_id = b.venue_id and a.id < b.id
                where (a.teacher_id is null or b.teacher_id is null or a.teacher_id <> b.teacher_id)
                  and date_add(greatest(a.start_date, b.start_date), interval 6 day) <= least(a.end_date, b.end_date)
                order by a.id limit 1""").get(0).toString().split(",");
        long first = Long.parseLong(pair[0]);
        long second = Long.parseLong(pair[1]);
        LocalDate week = LocalDate.parse(pair[2]);
        String manager = Database.column("""
                select a.email from account a join course co on co.centre_id = a.centre_id
                join class_offering c on c.course_id = co.id where c.id = ? and a.role = 'CENTRE_MANAGER'""", first).get(0).toString();
        DayOfWeek day = week.getDayOfWeek();

        assertThat(schedule(manager, first, plan(day, "04:30", "05:00", week, 1, false)).statusCode()).isEqualTo(201);
        var refused = schedule(manager, second, plan(day, "04:30", "05:00", week, 1, false));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).getBoolean("onlyVenueClashes")).isTrue();
        assertThat(json(refused).getJsonArray("clashes").getJsonObject(0).getString("kind")).isEqualTo("VENUE");

        var shared = schedule(manager, second, plan(day, "04:30", "05:00", week, 1, true));
        assertThat(shared.statusCode()).isEqualTo(201);
        assertThat(json(shared).getJsonArray("sessions").getJsonObject(0).getBoolean("venueShared")).isTrue();
    }

    @Test
    void a_single_session_is_added_inside_the_class_dates_and_checked_for_clashes() {
        long classId = boDeClassWithTeacher();
        LocalDate day = startOf(classId).plusDays(1);
        var added = Http.at(base).as(MANAGER_BO_DE, PASSWORD).post("api/classes/" + classId + "/sessions",
                "{\"start\":\"" + day + "T03:00:00\",\"end\":\"" + day + "T03:45:00\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        json(added).getJsonArray("sessions").forEach(s -> createdSessions.add(s.asJsonObject().getJsonNumber("id").longValue()));
        assertThat(createdSessions).hasSize(1);

        var again = Http.at(base).as(MANAGER_BO_DE, PASSWORD).post("api/classes/" + classId + "/sessions",
                "{\"start\":\"" + day + "T03:30:00\",\"end\":\"" + day + "T04:00:00\"}");
        assertThat(again.statusCode()).isEqualTo(409);

        var outside = Http.at(base).as(MANAGER_BO_DE, PASSWORD).post("api/classes/" + classId + "/sessions",
                "{\"start\":\"" + startOf(classId).minusDays(1) + "T03:00:00\",\"end\":\"" + startOf(classId).minusDays(1) + "T03:45:00\"}");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("session.outsideClassDates");
    }

    @Test
    void another_centres_manager_is_refused() {
        long classId = boDeClassWithTeacher();
        var response = schedule(MANAGER_NGOC_THUY, classId, plan(DayOfWeek.SUNDAY, "04:00", "04:30", startOf(classId), 1, false));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void sessions_outside_the_class_dates_and_impossible_plans_are_named() {
        long classId = boDeClassWithTeacher();
        var outside = schedule(MANAGER_BO_DE, classId, plan(DayOfWeek.SUNDAY, "04:00", "04:30", startOf(classId).minusDays(7), 1, false));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("session.outsideClassDates", "Buổi học phải nằm trong thời gian của lớp");

        var impossible = Http.at(base).as(MANAGER_BO_DE, PASSWORD).inLanguage("en").post(
                "api/classes/" + classId + "/sessions/weekly", "{\"days\":[],\"from\":\"19:00\",\"to\":\"18:00\",\"weeks\":0}");
        assertThat(impossible.statusCode()).isEqualTo(400);
        assertThat(impossible.body()).contains("Please choose at least one weekday.", "The number of weeks must be 1 to 52.",
                "Please enter the first day.");

        var backwards = schedule(MANAGER_BO_DE, classId, plan(DayOfWeek.SUNDAY, "19:00", "18:00", startOf(classId), 1, false));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("schedule.to.beforeFrom");
    }
}
