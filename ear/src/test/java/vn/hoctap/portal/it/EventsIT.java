package vn.hoctap.portal.it;

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
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.portal.it.Events.ADMIN;
import static vn.hoctap.portal.it.Events.MANAGER;
import static vn.hoctap.portal.it.Events.OTHER_MANAGER;
import static vn.hoctap.portal.it.Events.PASSWORD;

/**
 * Community events over HTTP: organisers create and change them within the rules, residents
 * register (seats never overbooked, the waitlist promoted on a cancellation), cancelled events
 * are told by mail and shown cancelled in the iCalendar feeds, the private feed answers only its
 * token, and the demo week is loaded.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Http manager() {
        return Http.at(base).as(MANAGER, PASSWORD);
    }

    private HttpResponse<String> register(String resident, long eventId) {
        return Http.at(base).as(resident, Residents.PASSWORD).post("api/events/" + eventId + "/rsvp", "");
    }

    @Test
    void organisers_create_events_within_the_rules_and_only_for_their_own_centre() {
        LocalDateTime start = Events.now().plusDays(5).withHour(8);
        var created = manager().post("api/events", Events.form("Nói chuyện chuyên đề", start, start.plusHours(2), 30));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"title\":\"Nói chuyện chuyên đề\"", "\"seatsLeft\":30", "\"sequence\":0");
        long id = Events.Json.id(created.body());
        assertThat(Http.at(base).get("api/events/" + id).statusCode()).as("open to everyone").isEqualTo(200);
        assertThat(Database.count("select capacity from event_seats where event_id = ?", id)).isEqualTo(30);

        var backwards = manager().post("api/events", Events.form("Ngược giờ", start, start.minusHours(1), null));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("events.event.endBeforeStart", "Thời gian kết thúc phải sau thời gian bắt đầu");
        var noSeats = manager().post("api/events", Events.form("Không chỗ", start, start.plusHours(1), 0));
        assertThat(noSeats.body()).contains("events.event.capacityPositive");

        assertThat(Http.at(base).as(OTHER_MANAGER, PASSWORD).post("api/events", Events.form("Của phường khác", start,
                start.plusHours(1), null)).statusCode()).as("another centre's manager").isEqualTo(403);
        assertThat(Http.at(base).as(OTHER_MANAGER, PASSWORD).post("api/events/" + id + "/cancellation", "").statusCode())
                .isEqualTo(403);
        assertThat(Http.at(base).post("api/events/" + id + "/cancellation", "").statusCode()).isIn(401, 403);

        String resident = Residents.stored(1, 1986, "HN-LB-BD-T01").get(0);
        assertThat(register(resident, id).statusCode()).isEqualTo(201);
        assertThat(Http.at(base).as(resident, Residents.PASSWORD).get("api/events/" + id + "/rsvp").body())
                .contains("\"status\":\"CONFIRMED\"");
        assertThat(manager().get("api/events/" + id + "/rsvp").statusCode()).as("the manager holds none").isEqualTo(404);
        var moved = manager().put("api/events/" + id, Events.form("Nói chuyện chuyên đề", start.plusDays(1),
                start.plusDays(1).plusHours(2), 30));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(moved.body()).contains("\"sequence\":1");
        assertThat(Database.count("select count(*) from outbox_mail where kind = 'EVENT_MOVED' and recipient = ?", resident))
                .as("everyone registered hears of the new time").isOne();
        var zeroSeats = manager().put("api/events/" + id, Events.form("Nói chuyện chuyên đề", start.plusDays(1),
                start.plusDays(1).plusHours(2), 0));
        assertThat(zeroSeats.body()).contains("events.event.capacityPositive");
        var byAdmin = Http.at(base).as(ADMIN, PASSWORD).put("api/events/" + id + "/capacity", "{\"capacity\":40}");
        assertThat(byAdmin.statusCode()).as("the district's administrator too").isEqualTo(200);
        assertThat(Database.count("select capacity from event_seats where event_id = ?", id)).isEqualTo(40);
    }

    @Test
    void forty_residents_at_once_for_ten_seats_give_ten_confirmed_and_thirty_in_line() throws Exception {
        long eventId = Events.created(base, "Giao lưu đọc sách", 6, 10);
        List<String> residents = Residents.stored(40, 1985, "HN-LB-BD-T01");

        var responses = AtOnce.send(residents.stream().<Callable<HttpResponse<String>>>map(r -> () -> register(r, eventId)).toList());

        assertThat(responses).extracting(HttpResponse::statusCode).as("no errors").containsOnly(201);
        assertThat(responses).filteredOn(r -> r.body().contains("\"status\":\"CONFIRMED\"")).hasSize(10);
        assertThat(responses).filteredOn(r -> r.body().contains("\"status\":\"WAITLISTED\"")).hasSize(30);
        assertThat(Database.count("select count(*) from event_rsvp where event_id = ? and status = 'CONFIRMED'", eventId)).isEqualTo(10);
        assertThat(Database.count("select seats_taken from event_seats where event_id = ?", eventId)).isEqualTo(10);
        List<Integer> places = responses.stream().map(HttpResponse::body).filter(b -> b.contains("WAITLISTED"))
                .map(b -> Events.Json.object(b).getInt("waitlistPlace")).sorted().toList();
        assertThat(places).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());

        var answers = new java.util.HashMap<String, jakarta.json.JsonObject>();
        for (int i = 0; i < residents.size(); i++) {
            answers.put(residents.get(i), Events.Json.object(responses.get(i).body()));
        }
        String confirmed = residents.stream().filter(r -> answers.get(r).getString("status").equals("CONFIRMED"))
                .findFirst().orElseThrow();
        String first = inLine(residents, answers, 1);
        String second = inLine(residents, answers, 2);
        assertThat(register(confirmed, eventId).body()).as("a second registration").contains("events.rsvp.duplicate");
        long rsvp = answers.get(confirmed).getJsonNumber("id").longValue();
        assertThat(Http.at(base).delete("api/rsvps/" + rsvp).statusCode()).as("signed in only").isEqualTo(401);
        assertThat(Http.at(base).as(first, Residents.PASSWORD).delete("api/rsvps/" + rsvp).statusCode()).as("not theirs")
                .isEqualTo(403);
        assertThat(Http.at(base).as(confirmed, Residents.PASSWORD).delete("api/rsvps/" + rsvp).statusCode()).isEqualTo(204);

        assertThat(Http.at(base).as(first, Residents.PASSWORD).get("api/rsvps").body()).contains("\"status\":\"CONFIRMED\"");
        assertThat(Http.at(base).as(second, Residents.PASSWORD).get("api/rsvps").body()).containsPattern("\"waitlistPlace\":1[,}]");
        assertThat(Database.count("select seats_taken from event_seats where event_id = ?", eventId)).isEqualTo(10);
        var below = manager().put("api/events/" + eventId + "/capacity", "{\"capacity\":5}");
        assertThat(below.statusCode()).isEqualTo(400);
        assertThat(below.body()).contains("Số chỗ không được nhỏ hơn số người đã được xác nhận (10)");
        assertThat(manager().put("api/events/" + eventId + "/capacity", "{\"capacity\":12}").statusCode()).isEqualTo(200);
        assertThat(Database.count("select count(*) from event_rsvp where event_id = ? and status = 'CONFIRMED'", eventId))
                .as("a larger capacity promotes the waitlist").isEqualTo(12);
        assertThat(Mails.to(first, Duration.ofSeconds(20), 2)).extracting(Mails::subject)
                .anySatisfy(s -> assertThat(s).startsWith("Đang chờ chỗ"))
                .anySatisfy(s -> assertThat(s).startsWith("Bạn đã có chỗ"));
    }

    private static String inLine(List<String> residents, java.util.Map<String, jakarta.json.JsonObject> answers, int place) {
        return residents.stream().filter(r -> answers.get(r).containsKey("waitlistPlace")
                && !answers.get(r).isNull("waitlistPlace") && answers.get(r).getInt("waitlistPlace") == place)
                .findFirst().orElseThrow();
    }

    @Test
    void an_event_open_to_all_confirms_everyone_and_the_organiser_counts_the_door() {
        long eventId = Events.created(base, "Ngày hội đọc sách", 7, null);
        List<String> residents = Residents.stored(3, 1990, "HN-LB-BD-T02");
        for (String resident : residents) {
            assertThat(register(resident, eventId).body()).contains("\"status\":\"CONFIRMED\"");
        }
        assertThat(Database.count("select count(*) from event_seats where event_id = ?", eventId)).as("no seats row").isZero();
        var roster = manager().get("api/events/" + eventId + "/roster");
        assertThat(roster.statusCode()).isEqualTo(200);
        long rsvp = Events.Json.object(roster.body()).getJsonArray("rows").getJsonObject(0).getJsonNumber("rsvpId").longValue();
        assertThat(manager().post("api/events/" + eventId + "/check-ins", "{\"rsvpId\":" + rsvp + "}").statusCode()).isEqualTo(204);
        assertThat(manager().post("api/events/" + eventId + "/walk-ins", "{\"count\":7}").body()).contains("\"count\":7");
        assertThat(manager().get("api/events/" + eventId + "/roster").body()).contains("\"checkedIn\":1", "\"walkIns\":7");
        assertThat(Http.at(base).as(residents.get(0), Residents.PASSWORD).get("api/events/" + eventId + "/roster").statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_cancelled_event_is_told_to_everyone_registered_and_calendars_show_it_cancelled() throws Exception {
        long eventId = Events.created(base, "Triển lãm ảnh học tập", 8, 20);
        String resident = Residents.stored(1, 1975, "HN-LB-BD-T03").get(0);
        assertThat(register(resident, eventId).statusCode()).isEqualTo(201);
        String uid = Events.Json.object(Http.at(base).get("api/events/" + eventId).body()).getString("uid");
        String feed = "api/feeds/centre/TTHTCD-BD.ics";
        String before = Http.at(base).get(feed).body();
        assertThat(before).contains("BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh", "UID:" + uid);

        var cancelled = manager().post("api/events/" + eventId + "/cancellation", "");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"", "\"sequence\":1");
        assertThat(register(Residents.stored(1, 1975, "HN-LB-BD-T03").get(0), eventId).body())
                .contains("events.rsvp.eventCancelled");

        HttpResponse<String> after = Http.at(base).get(feed);
        assertThat(after.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String entry = after.body().substring(after.body().indexOf("UID:" + uid));
        entry = entry.substring(0, entry.indexOf("END:VEVENT"));
        assertThat(entry).contains("STATUS:CANCELLED", "SEQUENCE:1");
        List<MimeMessage> mails = Mails.to(resident, Duration.ofSeconds(20), 2);
        assertThat(mails).extracting(Mails::subject).anySatisfy(s -> assertThat(s).isEqualTo("Sự kiện bị hủy: Triển lãm ảnh học tập"));
    }

    @Test
    void the_private_feed_lists_my_events_and_a_wrong_token_finds_nothing() {
        long eventId = Events.created(base, "Câu lạc bộ sách", 9, 15);
        String resident = Residents.stored(1, 1982, "HN-LB-BD-T04").get(0);
        Http me = Http.at(base).as(resident, Residents.PASSWORD);
        register(resident, eventId);
        String token = Events.Json.object(me.get("api/rsvps/feed").body()).getString("token");
        String uid = Events.Json.object(Http.at(base).get("api/events/" + eventId).body()).getString("uid");

        var feed = Http.at(base).get("api/feeds/me/" + token + ".ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("UID:" + uid, "SUMMARY:Câu lạc bộ sách", "X-WR-CALNAME:Sự kiện của tôi");

        String unknown = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
        for (String wrong : List.of(unknown, "abc", "..%2F..%2Fetc", "' or 1=1 --")) {
            var answer = Http.at(base).get("api/feeds/me/" + java.net.URLEncoder.encode(wrong, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20") + ".ics");
            assertThat(answer.statusCode()).as(wrong).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(uid, "BEGIN:VCALENDAR", "Exception");
        }
        assertThat(Http.at(base).get("api/feeds/ward/NO-SUCH-WARD.ics").statusCode()).isEqualTo(404);
        assertThat(Http.at(base).get("api/feeds/district/HN-LB.ics").body()).contains("UID:" + uid);
        assertThat(Http.at(base).get("api/feeds/ward/HN-LB-BD.ics").body()).contains("UID:" + uid);
    }

    @Test
    void residents_cannot_register_for_a_past_event() {
        LocalDateTime start = Events.now().minusDays(2).withHour(8);
        var past = manager().post("api/events", Events.form("Đã diễn ra", start, start.plusHours(1), 10));
        assertThat(past.statusCode()).as(past.body()).isEqualTo(201);
        String resident = Residents.stored(1, 1988, "HN-LB-BD-T05").get(0);
        var late = register(resident, Events.Json.id(past.body()));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Sự kiện đã diễn ra, không nhận đăng ký.");
        assertThat(Http.at(base).as(MANAGER, PASSWORD).post("api/events/" + Events.Json.id(past.body()) + "/rsvp", "").body())
                .contains("events.rsvp.residentsOnly");
    }

    @Test
    void the_demo_week_is_loaded_with_its_campaign_and_programme() {
        var campaigns = Http.at(base).get("api/campaigns?district=HN-LB");
        assertThat(campaigns.statusCode()).isEqualTo(200);
        assertThat(campaigns.body()).contains("HN-LB-TLHTSD-2026");
        long week = Database.count("select id from campaign where code = 'HN-LB-TLHTSD-2026'");
        assertThat(Database.count("select count(*) from community_event where campaign_id = ?", week)).isGreaterThanOrEqualTo(30);
        var programme = Http.at(base).get("api/campaigns/" + week + "/programme");
        assertThat(programme.statusCode()).isEqualTo(200);
        assertThat(programme.body()).contains("\"day\":\"2026-10-01\"");
        var page = Http.at(base).get("api/events?campaign=" + week + "&size=100");
        assertThat(Events.Json.object(page.body()).getInt("total")).isGreaterThanOrEqualTo(30);
        assertThat(Http.at(base).get("api/feeds/campaign/HN-LB-TLHTSD-2026.ics").body()).contains("BEGIN:VEVENT");

        // the campaign's calendar: linked from its landing page, opening on its first day, with its feed
        assertThat(Http.at(base).get("campaign.xhtml?code=HN-LB-TLHTSD-2026").body())
                .contains("events.xhtml?campaign=HN-LB-TLHTSD-2026");
        var calendar = Http.at(base).get("events.xhtml?campaign=HN-LB-TLHTSD-2026");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("Chiến dịch: Tuần lễ hưởng ứng học tập suốt đời năm 2026", "initialDate:\"2026\\-10\\-01\"",
                "api/feeds/campaign/HN-LB-TLHTSD-2026.ics", "name=\"campaign\" value=\"HN-LB-TLHTSD-2026\"");
        assertThat(Http.at(base).get("events.xhtml?campaign=NO-SUCH-CAMPAIGN").statusCode()).isEqualTo(404);
    }

    @Test
    void administrators_copy_a_campaign_into_another_year_with_new_codes_and_uids() {
        long book = Database.count("select id from campaign where code = 'HN-LB-NSVHD-2026'");
        long events = Database.count("select count(*) from community_event where campaign_id = ?", book);
        assertThat(Http.at(base).as(MANAGER, PASSWORD).post("api/campaigns/" + book + "/copies", "{\"year\":2031}").statusCode())
                .as("a centre's manager").isEqualTo(403);

        var copy = Http.at(base).as(ADMIN, PASSWORD).post("api/campaigns/" + book + "/copies", "{\"year\":2031}");
        assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
        var campaign = Events.Json.object(copy.body());
        assertThat(campaign.getString("code")).contains("2031").doesNotContain("2026");
        assertThat(campaign.getString("startDate")).startsWith("2031-");
        long copied = campaign.getJsonNumber("id").longValue();
        assertThat(Database.count("select count(*) from community_event where campaign_id = ?", copied)).isEqualTo(events);
        assertThat(Database.count("""
                select count(*) from community_event n join community_event o on o.uid = n.uid
                where n.campaign_id = ? and o.campaign_id = ?""", copied, book)).as("new uids").isZero();
        assertThat(Database.count("""
                select count(*) from community_event where campaign_id = ? and status = 'SCHEDULED'
                  and year(starts_at) = 2031""", copied)).isEqualTo(events);
        var again = Http.at(base).as(ADMIN, PASSWORD).post("api/campaigns/" + book + "/copies", "{\"year\":2031}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("events.campaign.codeTaken");
    }
}
