package vn.hoctap.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running a class over the API: managers enrol walk-ins and known learners by the residents' rules,
 * approve or refuse in approval mode, cancel; teachers mark attendance (idempotent) and results;
 * certificates are issued, downloaded by the right people only and verified publicly with nothing
 * more than name, class, date and centre.
 */
@ExtendWith(ArquillianExtension.class)
class RosterIT {

    private static final String MANAGER = Classes.MANAGER;
    private static final String PASSWORD = Classes.PASSWORD;
    private static final String OTHER_MANAGER = "quanly.ngocthuy@hoctap.demo";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private final List<Long> classes = new ArrayList<>();

    /** Classes taught by a teacher are called off afterwards, so that a run on a kept database plans the same hours again. */
    @AfterEach
    void cancelClasses() {
        for (long classId : classes) {
            as(MANAGER).post("api/classes/" + classId + "/sessions/cancellation?reason=test", "");
        }
    }

    private long taughtClass(String programme, int seats, int startsInDays, String hour) {
        long classId = TaughtClasses.published(base, programme, seats, startsInDays, hour, TaughtClasses.TEACHER);
        classes.add(classId);
        return classId;
    }

    private Http as(String login) {
        return Http.at(base).as(login, login.contains("@hoctap.demo") ? PASSWORD : Residents.PASSWORD);
    }

    /** A name nobody else in the test database has: a Vietnamese name and a made-up given name of plain letters. */
    private static String uniqueName(String familyAndMiddle) {
        StringBuilder given = new StringBuilder().append((char) ('A' + RANDOM.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            given.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return familyAndMiddle + " " + given;
    }

    private static String learner(String fullName, int birthYear, String group, Integer grade) {
        return "{\"fullName\":\"" + fullName + "\",\"birthYear\":" + birthYear + ",\"residentialGroupId\":"
                + Database.groupId(group) + ",\"phone\":null,\"completedGrade\":" + grade + "}";
    }

    private static String walkIn(String fullName, int birthYear, String group, Integer grade) {
        return "{\"learner\":" + learner(fullName, birthYear, group, grade) + "}";
    }

    private HttpResponse<String> enrolWalkIn(long classId, String fullName, int birthYear, Integer grade) {
        return as(MANAGER).post("api/classes/" + classId + "/roster", walkIn(fullName, birthYear, "HN-LB-BD-T01", grade));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonArray jsonArray(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static long id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return json(response.body()).getJsonNumber("id").longValue();
    }

    private static long learnerOf(long enrolmentId) {
        return Database.count("select learner_id from enrolment where id = ?", enrolmentId);
    }

    @Test
    void a_manager_enrols_walk_ins_by_the_residents_rules_and_a_cancelled_seat_goes_to_the_waitlist() {
        long classId = taughtClass("LITERACY_1", 2, 0, "00:00");
        String first = uniqueName("Lò Thị");
        String second = uniqueName("Vàng A");
        String third = uniqueName("Giàng Thị");

        var created = enrolWalkIn(classId, first, 1990, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"CONFIRMED\"");
        var again = enrolWalkIn(classId, first, 1990, null);
        assertThat(again.statusCode()).as("the same person, found again: their enrolment").isEqualTo(200);
        assertThat(id(again)).isEqualTo(id(created));
        assertThat(Database.count("select count(*) from learner where full_name = ?", first)).isOne();

        String tooOld = uniqueName("Hà Văn");
        var refused = enrolWalkIn(classId, tooOld, 1940, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("enrolment.refused.age", "từ 15 đến 60 tuổi");
        assertThat(Database.count("select count(*) from learner where full_name = ?", tooOld))
                .as("a refused walk-in leaves no learner behind").isZero();
        var invalid = as(MANAGER).post("api/classes/" + classId + "/roster",
                "{\"learner\":{\"fullName\":\"<b>X</b>\",\"birthYear\":null,\"residentialGroupId\":" + Database.groupId("HN-LB-NT-T01") + "}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("signup.fullName.invalid", "learner.birthYear.required");

        assertThat(enrolWalkIn(classId, second, 1985, null).body()).contains("\"status\":\"CONFIRMED\"");
        var waiting = enrolWalkIn(classId, third, 1980, null);
        assertThat(waiting.body()).contains("\"status\":\"WAITLISTED\"", "\"waitlistPosition\":1");

        assertThat(as(TaughtClasses.TEACHER).post("api/classes/" + classId + "/roster", walkIn(uniqueName("Lý Văn"), 1990,
                "HN-LB-BD-T01", null)).statusCode()).as("the teacher reads the roster, the manager enrols").isEqualTo(403);
        assertThat(as(TaughtClasses.TEACHER).delete("api/classes/" + classId + "/roster/" + id(created)).statusCode()).isEqualTo(403);
        assertThat(as(OTHER_MANAGER).delete("api/classes/" + classId + "/roster/" + id(created)).statusCode()).isEqualTo(403);

        var cancelled = as(MANAGER).delete("api/classes/" + classId + "/roster/" + id(created));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);
        assertThat(Database.count("select status = 'CONFIRMED' from enrolment where id = ?", id(waiting)))
                .as("the freed seat went to the first on the waitlist").isOne();
        assertThat(Database.count("select seats_taken from class_seats where class_id = ?", classId)).isEqualTo(2);

        JsonObject roster = json(as(TaughtClasses.TEACHER).get("api/classes/" + classId + "/roster").body());
        assertThat(roster.getBoolean("manages")).isFalse();
        assertThat(roster.getJsonArray("learners").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("fullName"), l -> l.getString("status"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(second, "CONFIRMED"),
                        org.assertj.core.groups.Tuple.tuple(third, "CONFIRMED"));
        assertThat(as(OTHER_MANAGER).get("api/classes/" + classId + "/roster").statusCode()).isEqualTo(403);
        assertThat(as(TaughtClasses.OTHER_TEACHER).get("api/classes/" + classId + "/roster").statusCode()).isEqualTo(403);

        // the cancelled learner is found again by name typed without diacritics, and enrolled: the class is full now
        JsonArray found = jsonArray(as(MANAGER).get("api/classes/" + classId + "/roster/candidates?q="
                + java.net.URLEncoder.encode("lo thi " + first.substring(first.lastIndexOf(' ') + 1).toLowerCase(), StandardCharsets.UTF_8)).body());
        assertThat(found).hasSize(1);
        long learnerId = found.getJsonObject(0).getJsonNumber("id").longValue();
        var back = as(MANAGER).post("api/classes/" + classId + "/roster", "{\"learnerId\":" + learnerId + "}");
        assertThat(back.statusCode()).isEqualTo(201);
        assertThat(back.body()).contains("\"status\":\"WAITLISTED\"", "\"waitlistPosition\":1");
        var recordedElsewhere = as(OTHER_MANAGER).post("api/centres/" + Database.centreId("TTHTCD-NT") + "/learners",
                learner(uniqueName("Lương Văn"), 1970, "HN-LB-NT-T01", null));
        assertThat(recordedElsewhere.statusCode()).as(recordedElsewhere.body()).isEqualTo(201);
        long stranger = id(recordedElsewhere);
        assertThat(as(MANAGER).post("api/classes/" + classId + "/roster", "{\"learnerId\":" + stranger + "}").statusCode())
                .as("a learner the centre does not know").isEqualTo(404);
        assertThat(as(MANAGER).get("api/learners/" + stranger).statusCode()).isEqualTo(403);
    }

    @Test
    void literacy_phase_2_admits_a_walk_in_with_grade_3_or_one_who_completed_phase_1_whose_record_shows_the_path() {
        long phase1 = taughtClass("LITERACY_1", 10, 0, "01:00");
        long phase2 = taughtClass("LITERACY_2", 10, 0, "02:00");
        String learner = uniqueName("Sùng Thị");
        String schooled = uniqueName("Thào A");

        var noPhase1 = enrolWalkIn(phase2, learner, 1988, null);
        assertThat(noPhase1.statusCode()).isEqualTo(409);
        assertThat(noPhase1.body()).contains("enrolment.refused.requires");
        assertThat(enrolWalkIn(phase2, schooled, 1979, 3).statusCode()).as("grade 3 recorded").isEqualTo(201);

        long enrolment1 = id(enrolWalkIn(phase1, learner, 1988, null));
        var wrongLevel = as(TaughtClasses.TEACHER).put("api/enrolments/" + enrolment1 + "/result",
                "{\"result\":\"COMPLETED\",\"literacyLevel\":2}");
        assertThat(wrongLevel.statusCode()).isEqualTo(400);
        assertThat(wrongLevel.body()).contains("result.level.mismatch");
        var completed = as(TaughtClasses.TEACHER).put("api/enrolments/" + enrolment1 + "/result", "{\"result\":\"COMPLETED\"}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        assertThat(Database.count("select literacy_level from enrolment where id = ?", enrolment1)).isEqualTo(1);

        var admitted = enrolWalkIn(phase2, learner, 1988, null);
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);

        long learnerId = learnerOf(enrolment1);
        JsonObject record = json(as(MANAGER).get("api/learners/" + learnerId).body());
        assertThat(record.getInt("literacyLevel")).isEqualTo(1);
        assertThat(record.getJsonArray("path").getValuesAs(JsonObject.class))
                .extracting(s -> s.getJsonNumber("classId").longValue(), s -> s.getString("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(phase1, "CONFIRMED"),
                        org.assertj.core.groups.Tuple.tuple(phase2, "CONFIRMED"));
        assertThat(record.getJsonArray("path").getJsonObject(0).getString("result")).isEqualTo("COMPLETED");

        assertThat(as(MANAGER).put("api/learners/" + learnerId + "/schooling", "{\"completedGrade\":13}").statusCode()).isEqualTo(400);
        assertThat(as(MANAGER).put("api/learners/" + learnerId + "/schooling", "{\"completedGrade\":2}").statusCode()).isEqualTo(204);
        assertThat(as(OTHER_MANAGER).get("api/learners/" + learnerId).statusCode()).isEqualTo(403);
        assertThat(as(TaughtClasses.TEACHER).get("api/learners/" + learnerId).statusCode()).isEqualTo(403);
    }

    @Test
    void in_approval_mode_requests_wait_and_are_approved_into_a_seat_or_the_waitlist_or_refused_with_a_mail() throws Exception {
        long classId = Classes.published(base, "LIFE_SKILLS", 1, 20, "05:00");
        assertThat(as(MANAGER).put("api/classes/" + classId + "/roster/approval-mode", "{\"approvalRequired\":true}").statusCode())
                .isEqualTo(204);
        List<String> residents = Residents.stored(3, 1990, "HN-LB-BD-T02");
        List<Long> enrolments = new ArrayList<>();
        for (String resident : residents) {
            var pending = as(resident).post("api/classes/" + classId + "/enrolments", "");
            assertThat(pending.body()).contains("\"status\":\"PENDING\"");
            enrolments.add(id(pending));
        }
        assertThat(Database.count("select seats_taken from class_seats where class_id = ?", classId)).isZero();

        var approved = as(MANAGER).put("api/classes/" + classId + "/roster/" + enrolments.get(0) + "/approval", "{\"approved\":true}");
        assertThat(approved.body()).contains("\"status\":\"CONFIRMED\"");
        assertThat(as(MANAGER).put("api/classes/" + classId + "/roster/" + enrolments.get(1) + "/approval", "{\"approved\":true}")
                .body()).contains("\"status\":\"WAITLISTED\"", "\"waitlistPosition\":1");
        assertThat(as(MANAGER).put("api/classes/" + classId + "/roster/" + enrolments.get(0) + "/approval", "{\"approved\":true}")
                .body()).contains("enrolment.notPending");
        var refused = as(MANAGER).put("api/classes/" + classId + "/roster/" + enrolments.get(2) + "/approval", "{\"approved\":false}");
        assertThat(refused.statusCode()).isEqualTo(204);
        assertThat(Database.count("select status = 'CANCELLED' from enrolment where id = ?", enrolments.get(2))).isOne();
        assertThat(mailsTo(residents.get(2), Duration.ofSeconds(20), 1)).extracting(RosterIT::subject)
                .anySatisfy(s -> assertThat(s).startsWith("Chưa nhận đăng ký lớp"));

        var walkIn = enrolWalkIn(classId, uniqueName("Mè Văn"), 1975, null);
        assertThat(walkIn.body()).as("the manager's own enrolment needs no approval")
                .contains("\"status\":\"WAITLISTED\"", "\"waitlistPosition\":2");
        assertThat(as(MANAGER).put("api/classes/" + classId + "/roster/" + enrolments.get(1) + "/approval", "{\"approved\":false}")
                .statusCode()).as("not pending any more").isEqualTo(409);
    }

    @Test
    void a_teacher_marks_a_session_all_present_but_the_absent_and_saving_the_same_sheet_again_changes_nothing() {
        long classId = taughtClass("DIGITAL_SKILLS", 10, 0, "03:00");
        List<Long> enrolments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            enrolments.add(id(enrolWalkIn(classId, uniqueName("Nguyễn Văn"), 1990 + i, null)));
        }
        List<Long> sessions = TaughtClasses.sessions(classId);
        Http teacher = as(TaughtClasses.TEACHER);

        JsonObject sheet = json(teacher.get("api/sessions/" + sessions.get(0) + "/attendance").body());
        assertThat(sheet.getBoolean("marked")).isFalse();
        assertThat(sheet.getBoolean("markable")).isTrue();
        assertThat(sheet.getJsonArray("learners").getValuesAs(JsonObject.class)).hasSize(3)
                .allSatisfy(l -> assertThat(l.getBoolean("present")).isTrue());

        String marks = "{\"marks\":[{\"enrolmentId\":" + enrolments.get(1) + ",\"present\":false,\"note\":\"ốm\"}]}";
        var saved = teacher.put("api/sessions/" + sessions.get(0) + "/attendance", marks);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject summary = json(saved.body());
        assertThat(summary.getInt("present")).isEqualTo(2);
        assertThat(summary.getInt("absent")).isEqualTo(1);
        assertThat(summary.getInt("changed")).isEqualTo(3);
        assertThat(Database.count("select count(*) from attendance where session_id = ?", sessions.get(0))).isEqualTo(3);
        assertThat(Database.count("select count(*) from attendance where session_id = ? and present = false and note = 'ốm'",
                sessions.get(0))).isOne();
        long versions = Database.count("select sum(version) from attendance where session_id = ?", sessions.get(0));
        Object markedAt = Database.column("select max(marked_at) from attendance where session_id = ?", sessions.get(0)).get(0);

        var again = as(MANAGER).put("api/sessions/" + sessions.get(0) + "/attendance", marks);
        assertThat(json(again.body()).getInt("changed")).isZero();
        assertThat(Database.count("select count(*) from attendance where session_id = ?", sessions.get(0))).isEqualTo(3);
        assertThat(Database.count("select sum(version) from attendance where session_id = ?", sessions.get(0))).isEqualTo(versions);
        assertThat(Database.column("select max(marked_at) from attendance where session_id = ?", sessions.get(0)).get(0))
                .isEqualTo(markedAt);

        var notYet = teacher.put("api/sessions/" + sessions.get(1) + "/attendance", "{\"marks\":[]}");
        assertThat(notYet.statusCode()).isEqualTo(409);
        assertThat(notYet.body()).contains("attendance.notYet");
        var stranger = teacher.put("api/sessions/" + sessions.get(0) + "/attendance",
                "{\"marks\":[{\"enrolmentId\":" + (enrolments.get(2) + 100_000) + ",\"present\":false}]}");
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("attendance.notInClass");
        assertThat(as(TaughtClasses.OTHER_TEACHER).put("api/sessions/" + sessions.get(0) + "/attendance", marks).statusCode())
                .isEqualTo(403);
        String resident = Residents.stored(1, 1990, "HN-LB-BD-T03").get(0);
        assertThat(as(resident).get("api/sessions/" + sessions.get(0) + "/attendance").statusCode()).isEqualTo(403);
        assertThat(json(as(MANAGER).get("api/classes/" + classId + "/roster").body())
                .getJsonArray("sessions").getJsonObject(0).getInt("absent")).isOne();
    }

    @Test
    void a_certificate_is_issued_on_a_completed_result_prints_the_exact_name_and_is_verified_publicly_with_nothing_more()
            throws Exception {
        long classId = taughtClass("LITERACY_1", 10, 0, "04:00");
        String name = "Nguyễn Thị Ngọc Ánh";
        String email = Residents.newEmail();
        assertThat(Http.at(base).post("api/accounts", Residents.signUpJson(name, 1979, null, email,
                Database.groupId("HN-LB-BD-T04"))).statusCode()).isEqualTo(201);
        long enrolment = id(as(email).post("api/classes/" + classId + "/enrolments", ""));

        assertThat(as(TaughtClasses.TEACHER).put("api/enrolments/" + enrolment + "/result",
                "{\"result\":\"COMPLETED\",\"literacyLevel\":1,\"note\":\"Đọc, viết tốt\"}").statusCode()).isEqualTo(200);
        assertThat(as(TaughtClasses.TEACHER).post("api/enrolments/" + enrolment + "/certificate", "").statusCode())
                .as("the centre issues certificates, not the teacher").isEqualTo(403);
        var issued = as(MANAGER).post("api/enrolments/" + enrolment + "/certificate", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String code = json(issued.body()).getString("verificationCode");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        var issuedAgain = as(MANAGER).post("api/enrolments/" + enrolment + "/certificate", "");
        assertThat(issuedAgain.statusCode()).isEqualTo(200);
        assertThat(json(issuedAgain.body()).getString("verificationCode")).isEqualTo(code);
        assertThat(Database.count("select count(*) from certificate where enrolment_id = ?", enrolment)).isOne();
        var changed = as(TaughtClasses.TEACHER).put("api/enrolments/" + enrolment + "/result", "{\"result\":\"NOT_COMPLETED\"}");
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains("result.certified");

        HttpResponse<byte[]> pdf = download("api/enrolments/" + enrolment + "/certificate", email, Residents.PASSWORD);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text = pdfText(pdf.body());
        assertThat(text).contains(name, "Đạt trình độ biết chữ mức độ 1", "Mã xác minh: " + code);
        assertThat(download("api/enrolments/" + enrolment + "/certificate", TaughtClasses.TEACHER, PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(download("api/enrolments/" + enrolment + "/certificate", OTHER_MANAGER, PASSWORD).statusCode()).isEqualTo(403);

        var verified = Http.at(base).get("api/certificates/" + code);
        assertThat(verified.statusCode()).isEqualTo(200);
        JsonObject answer = json(verified.body());
        assertThat(answer.keySet()).isEqualTo(Set.of("fullName", "courseTitle", "classCode", "completedOn", "centre"));
        assertThat(answer.getString("fullName")).isEqualTo(name);
        assertThat(answer.getString("centre")).isEqualTo("Trung tâm học tập cộng đồng phường Bồ Đề");
        assertThat(verified.body()).doesNotContain(email, "1979", "Đọc, viết tốt");
        assertThat(Http.at(base).get("api/certificates/" + code.toLowerCase().replace("-", "")).body())
                .as("typed back in lower case without dashes").isEqualTo(verified.body());

        var unknown = Http.at(base).get("api/certificates/" + "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        var malformed = Http.at(base).get("api/certificates/" + "%27%20or%201%3D1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).as("the same answer, whatever the code").isEqualTo(malformed.body())
                .contains("error.notFound");

        var page = Http.at(base).get("verify.xhtml?code=" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name, "Trung tâm học tập cộng đồng phường Bồ Đề", "Giấy chứng nhận này do")
                .doesNotContain(email, "1979", "Đọc, viết tốt");
        var unknownPage = Http.at(base).get("verify.xhtml?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(unknownPage.body()).contains("Không tìm thấy giấy chứng nhận nào có mã này");

        assertThat(mailsTo(email, Duration.ofSeconds(20), 2)).extracting(RosterIT::subject)
                .anySatisfy(s -> assertThat(s).startsWith("Giấy chứng nhận hoàn thành"));
        assertThat(as(email).get("api/me/certificates").body()).contains(code);
    }

    @Test
    void a_resident_sees_neither_another_residents_enrolments_nor_certificates_through_the_api_or_the_pages() throws Exception {
        long classId = taughtClass("HEALTH", 10, 0, "23:00");
        List<String> residents = Residents.stored(2, 1985, "HN-LB-BD-T05");
        String owner = residents.get(0);
        String other = residents.get(1);
        long enrolment = id(as(owner).post("api/classes/" + classId + "/enrolments", ""));
        assertThat(as(TaughtClasses.TEACHER).put("api/enrolments/" + enrolment + "/result", "{\"result\":\"COMPLETED\"}")
                .statusCode()).isEqualTo(200);
        assertThat(as(MANAGER).post("api/enrolments/" + enrolment + "/certificate", "").statusCode()).isEqualTo(201);
        long session = TaughtClasses.sessions(classId).get(0);
        long learner = learnerOf(enrolment);

        assertThat(as(other).get("api/me/enrolments").body()).doesNotContain("\"classId\":" + classId);
        assertThat(as(other).get("api/me/certificates").body()).isEqualTo("[]");
        for (String path : List.of("api/classes/" + classId + "/roster", "api/enrolments/" + enrolment + "/certificate",
                "api/learners/" + learner, "api/sessions/" + session + "/attendance", "api/classes/" + classId + "/records.pdf",
                "manager/roster.xhtml?class=" + classId, "manager/results.xhtml?class=" + classId,
                "manager/attendance.xhtml?session=" + session, "manager/learner.xhtml?id=" + learner)) {
            var answer = as(other).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).as(path).doesNotContain(owner).doesNotContain("Người học thử 0");
        }
        assertThat(as(other).put("api/enrolments/" + enrolment + "/result", "{\"result\":null}").statusCode()).isEqualTo(403);
        assertThat(as(other).delete("api/classes/" + classId + "/roster/" + enrolment).statusCode()).isEqualTo(403);
        assertThat(download("api/enrolments/" + enrolment + "/certificate", owner, Residents.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(Http.at(base).get("api/enrolments/" + enrolment + "/certificate").statusCode())
                .as("nobody signed in").isIn(401, 403);
    }

    @Test
    void the_class_records_come_as_a_workbook_and_a_pdf_for_the_classs_teacher_and_manager_only() throws Exception {
        long classId = taughtClass("LITERACY_1", 10, 0, "22:00");
        String name = uniqueName("Đinh Thị Ửng");
        long enrolment = id(enrolWalkIn(classId, name, 1992, null));
        long session = TaughtClasses.sessions(classId).get(0);
        as(TaughtClasses.TEACHER).put("api/sessions/" + session + "/attendance",
                "{\"marks\":[{\"enrolmentId\":" + enrolment + ",\"present\":false}]}");

        var xlsx = download("api/classes/" + classId + "/records.xlsx", TaughtClasses.TEACHER, PASSWORD);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        var pdf = download("api/classes/" + classId + "/records.pdf", MANAGER, PASSWORD);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("HỒ SƠ LỚP HỌC", name);
        assertThat(download("api/classes/" + classId + "/records.pdf", TaughtClasses.OTHER_TEACHER, PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(download("api/classes/" + classId + "/records.doc", MANAGER, PASSWORD).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> download(String path, String login, String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails to one address, waiting up to {@code patience} for at least {@code expected} of them. */
    private static List<MimeMessage> mailsTo(String address, Duration patience, int expected) throws Exception {
        Instant until = Instant.now().plus(patience);
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage message : TestInfrastructure.mail().messages()) {
                if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                    found.add(message);
                }
            }
            if (found.size() >= expected || Instant.now().isAfter(until)) {
                return found;
            }
            Thread.sleep(250);
        }
    }
}
