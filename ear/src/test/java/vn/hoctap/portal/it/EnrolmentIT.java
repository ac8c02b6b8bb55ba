package vn.hoctap.portal.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents enrol: seats never overbooked, the waitlist in order, one enrolment per resident, mails never lost. */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> enrol(String login, long classId) {
        return Http.at(base).as(login, Residents.PASSWORD).post("api/classes/" + classId + "/enrolments", "");
    }

    @Test
    void two_hundred_residents_at_once_fill_thirty_seats_and_the_rest_wait_in_a_stable_order() throws Exception {
        long classId = Classes.published(base, "DIGITAL_SKILLS", 30, 20, "05:00");
        List<String> residents = Residents.stored(200, 1985, "HN-LB-BD-T01");

        var responses = AtOnce.send(residents.stream().<Callable<HttpResponse<String>>>map(r -> () -> enrol(r, classId)).toList());

        assertThat(responses).extracting(HttpResponse::statusCode).as("no errors").containsOnly(201);
        assertThat(responses).filteredOn(r -> r.body().contains("\"status\":\"CONFIRMED\"")).hasSize(30);
        assertThat(responses).filteredOn(r -> r.body().contains("\"status\":\"WAITLISTED\"")).hasSize(170);
        assertThat(Database.count("select count(*) from enrolment where class_id = ? and status = 'CONFIRMED'", classId)).isEqualTo(30);
        assertThat(Database.count("select seats_taken from class_seats where class_id = ?", classId)).isEqualTo(30);
        assertThat(Database.count("select count(*) from enrolment where class_id = ? and status = 'WAITLISTED'", classId)).isEqualTo(170);
        // positions 1..170, each once, in the order the waitlisted enrolments were stored
        List<Integer> positions = responses.stream().map(HttpResponse::body).filter(b -> b.contains("WAITLISTED"))
                .map(b -> Integer.parseInt(b.replaceAll(".*\"waitlistPosition\":(\\d+).*", "$1"))).sorted().toList();
        assertThat(positions).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 170).boxed().toList());
        String mine = Http.at(base).as(residents.get(0), Residents.PASSWORD).get("api/me/enrolments").body();
        assertThat(mine).contains("\"classId\":" + classId);
    }

    @Test
    void the_same_resident_asking_twenty_times_at_once_gets_one_enrolment() throws Exception {
        long classId = Classes.published(base, "LIFE_SKILLS", 10, 20, "05:00");
        String resident = Residents.stored(1, 1990, "HN-LB-BD-T02").get(0);

        var responses = AtOnce.send(java.util.Collections.<Callable<HttpResponse<String>>>nCopies(20, () -> enrol(resident, classId)));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses).extracting(HttpResponse::body).allSatisfy(b -> assertThat(b).contains("\"status\":\"CONFIRMED\""));
        assertThat(Database.count("select count(*) from enrolment where class_id = ?", classId)).isOne();
        assertThat(Database.count("select seats_taken from class_seats where class_id = ?", classId)).isOne();
    }

    @Test
    void a_cancelled_seat_goes_to_the_first_on_the_waitlist_who_is_told_by_mail() throws Exception {
        long classId = Classes.published(base, "HEALTH", 1, 20, "05:00");
        List<String> residents = Residents.stored(3, 1980, "HN-LB-BD-T03");
        String first = residents.get(0);
        String second = residents.get(1);
        String third = residents.get(2);
        long confirmed = id(enrol(first, classId).body());
        assertThat(enrol(second, classId).body()).contains("\"status\":\"WAITLISTED\"", "\"waitlistPosition\":1");
        assertThat(enrol(third, classId).body()).contains("\"waitlistPosition\":2");

        assertThat(Http.at(base).as(second, Residents.PASSWORD).delete("api/classes/" + classId + "/enrolments/" + confirmed)
                .statusCode()).as("not theirs").isEqualTo(403);
        var cancelled = Http.at(base).as(first, Residents.PASSWORD).delete("api/classes/" + classId + "/enrolments/" + confirmed);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);

        assertThat(Http.at(base).as(second, Residents.PASSWORD).get("api/me/enrolments").body()).contains("\"status\":\"CONFIRMED\"");
        assertThat(Http.at(base).as(third, Residents.PASSWORD).get("api/me/enrolments").body()).contains("\"waitlistPosition\":1");
        assertThat(Database.count("select seats_taken from class_seats where class_id = ?", classId)).isOne();
        assertThat(mailsTo(second, Duration.ofSeconds(20), 2)).extracting(Mails::subject)
                .anySatisfy(s -> assertThat(s).startsWith("Bạn đang trong danh sách chờ"))
                .anySatisfy(s -> assertThat(s).startsWith("Bạn đã có chỗ học"));
    }

    @Test
    void the_catalog_shows_the_seats_left_as_residents_enrol_and_cancel() {
        long classId = Classes.published(base, "HEALTH", 2, 20, "05:00");
        String freeSeats = "api/courses?freeSeats=true&sort=NEWEST&size=10&centre=" + Database.centreId("TTHTCD-BD");
        assertThat(catalogCard(freeSeats, classId)).hasValueSatisfying(card -> assertThat(card.getInt("seatsLeft")).isEqualTo(2));
        List<String> residents = Residents.stored(2, 1985, "HN-LB-BD-T02");
        long first = id(enrol(residents.get(0), classId).body());
        assertThat(catalogCard(freeSeats, classId)).hasValueSatisfying(card -> assertThat(card.getInt("seatsLeft")).isEqualTo(1));
        enrol(residents.get(1), classId);
        assertThat(catalogCard(freeSeats, classId)).as("full: no longer among the classes with free seats").isEmpty();

        assertThat(Http.at(base).as(residents.get(0), Residents.PASSWORD).delete("api/classes/" + classId + "/enrolments/" + first)
                .statusCode()).isEqualTo(204);
        assertThat(catalogCard(freeSeats, classId)).hasValueSatisfying(card -> assertThat(card.getInt("seatsLeft")).isEqualTo(1));
    }

    /** The class's card on a catalog page, if the page lists it. */
    private java.util.Optional<jakarta.json.JsonObject> catalogCard(String path, long classId) {
        var response = Http.at(base).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(card -> card.getJsonNumber("classId").longValue() == classId).findFirst();
    }

    @Test
    void refusals_name_the_rule_and_store_nothing() {
        long literacy = Classes.published(base, "LITERACY_1", 20, 20, "05:00");
        long phase2 = Classes.published(base, "LITERACY_2", 20, 20, "05:00");
        String child = Residents.stored(1, 2014, "HN-LB-BD-T04").get(0);
        String adult = Residents.stored(1, 1975, "HN-LB-BD-T04").get(0);

        var tooYoung = enrol(child, literacy);
        assertThat(tooYoung.statusCode()).isEqualTo(409);
        assertThat(tooYoung.body()).contains("enrolment.refused.age", "từ 15 đến 60 tuổi", "12 tuổi");
        var noPhase1 = enrol(adult, phase2);
        assertThat(noPhase1.statusCode()).isEqualTo(409);
        assertThat(noPhase1.body()).contains("enrolment.refused.requires", "Xóa mù chữ giai đoạn 1");
        assertThat(Database.count("select count(*) from enrolment where class_id in (?, ?)", literacy, phase2)).isZero();

        assertThat(enrol(adult, literacy).statusCode()).isEqualTo(201);
        long overlapping = Classes.published(base, "LAW", 20, 20, "05:00");
        var overlap = enrol(adult, overlapping);
        assertThat(overlap.statusCode()).isEqualTo(409);
        assertThat(overlap.body()).contains("enrolment.refused.overlap", "Lớp thử LITERACY_1");
        assertThat(Http.at(base).as("quanly.bode@hoctap.demo", "Hoctap2026").post("api/classes/" + literacy + "/enrolments", "")
                .body()).contains("enrolment.residentsOnly");
    }

    @Test
    void mails_queued_while_the_smtp_server_is_down_all_arrive_once_when_it_is_back() throws Exception {
        long classId = Classes.published(base, "READING_CULTURE", 3, 20, "05:00");
        List<String> residents = Residents.stored(5, 1988, "HN-LB-BD-T05");
        TestInfrastructure.mail().pause();
        try {
            for (String resident : residents) {
                assertThat(enrol(resident, classId).statusCode()).as("enrolment does not need the mail server").isEqualTo(201);
            }
            Thread.sleep(3000);
            assertThat(Database.count("select count(*) from outbox_mail where recipient in (?, ?, ?, ?, ?) and status = 'PENDING'",
                    residents.toArray())).isEqualTo(5);
            assertThat(Database.count("select count(*) from outbox_mail where status = 'PENDING' and attempts > 0 and last_error is not null"))
                    .as("the sender tried while the server was away, and will again").isPositive();
        } finally {
            TestInfrastructure.mail().resume();
        }
        for (String resident : residents) {
            assertThat(mailsTo(resident, Duration.ofSeconds(30), 1)).as(resident).hasSize(1);
        }
        Thread.sleep(3000);
        for (String resident : residents) {
            assertThat(mailsTo(resident, Duration.ZERO, 1)).as("exactly once: " + resident).hasSize(1);
        }
        assertThat(Database.count("select count(*) from outbox_mail where recipient in (?, ?, ?, ?, ?) and status = 'SENT'",
                residents.toArray())).isEqualTo(5);
        assertThat(Database.count("select count(*) from outbox_mail where status = 'SENT' and attempts > 1"))
                .as("a mail that failed was sent on a later attempt").isPositive();
    }

    @Test
    void administrators_see_the_outbox_and_nobody_else_does() {
        Http admin = Http.at(base).as("admin.longbien@hoctap.demo", "Hoctap2026");
        var list = admin.get("api/outbox?status=sent");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).startsWith("[").doesNotContain("\"body\"");
        assertThat(admin.get("api/outbox?status=LOST").body()).contains("outbox.status.unknown");
        assertThat(Http.at(base).as("quanly.bode@hoctap.demo", "Hoctap2026").get("api/outbox").statusCode()).isEqualTo(403);
        assertThat(Http.at(base).get("api/outbox").statusCode()).isEqualTo(401);
        long sent = Database.count("select coalesce(max(id), 0) from outbox_mail where status = 'SENT'");
        if (sent > 0) {
            assertThat(admin.post("api/outbox/" + sent + "/retry", "").body()).as("only failed mails go again").contains("outbox.notFailed");
        }
    }

    private static long id(String body) {
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getJsonNumber("id").longValue();
    }

    private static List<MimeMessage> mailsTo(String address, Duration patience, int expected) throws Exception {
        return Mails.to(address, patience, expected);
    }
}
