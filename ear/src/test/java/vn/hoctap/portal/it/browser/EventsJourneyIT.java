package vn.hoctap.portal.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.hoctap.portal.it.Database;
import vn.hoctap.portal.it.Deployments;
import vn.hoctap.portal.it.Http;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lifelong Learning Week on phones (360 px): the district's administrator opens a campaign, the
 * centre's manager puts a talk with 30 seats into it; a resident finds it on the campaign's page
 * filtered to her ward, signs in from the event and registers, follows the feed; at the door the
 * organiser marks her present and counts a walk-in.
 */
@ExtendWith(ArquillianExtension.class)
class EventsJourneyIT {

    private static final String ADMIN = "admin.longbien@hoctap.demo";
    private static final String MANAGER = "quanly.bode@hoctap.demo";
    private static final String RESIDENT = "nguoihoc@hoctap.demo";
    private static final String RESIDENT_NAME = "Vũ Thị Lan";
    private static final String PASSWORD = "Hoctap2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void signInAs(String login) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base.toString()).signIn(login, PASSWORD);
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block:'start'});", id);
    }

    @Test
    void a_resident_registers_from_the_campaign_page_and_is_checked_in_at_the_door() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String code = "IT-LB-" + run;
        String campaignName = "Tuần lễ học tập thử nghiệm " + run;
        String title = "Nói chuyện: học tập suốt đời cho người lớn tuổi " + run;
        driver = Browser.phone();

        // the administrator opens a campaign over the coming week
        signInAs(ADMIN);
        var campaigns = EventsPages.Campaigns.open(driver, base.toString())
                .create(code, campaignName, "Học tập suốt đời – chìa khóa của tương lai", today.plusDays(1), today.plusDays(7));
        assertThat(campaigns.errorMessages()).isEmpty();
        assertThat(campaigns.names()).contains(campaignName);
        Browser.screenshot(driver, "events-campaigns");

        // the centre's manager adds a talk with 30 seats in the ward, two days from now
        signInAs(MANAGER);
        LocalDateTime start = today.plusDays(2).atTime(LocalTime.of(18, 30));
        var form = EventsPages.EventForm.open(driver, base.toString())
                .fill(title, "Nói chuyện chuyên đề", "Nhà văn hóa tổ dân phố số 2, phường Bồ Đề", start, start.plusHours(2),
                        "Người cao tuổi và gia đình", 30, campaignName)
                .endsAt(start.minusHours(1))
                .saveRefused();
        assertThat(form.messageBeside("endsAt")).as("the rule broken, beside its field")
                .isEqualTo("Thời gian kết thúc phải sau thời gian bắt đầu.");
        scrollTo("event:endsAt");
        Browser.screenshot(driver, "events-form-refused");
        // the place typed in stays; the end is set right
        form = form.endsAt(start.plusHours(2));
        EventsPages.EventPage created = form.save();
        assertThat(created.errorMessages()).as("the form was accepted").isEmpty();
        assertThat(created.heading()).isEqualTo(title);
        long eventId = created.id();
        assertThat(created.seats()).isEqualTo("30/30");

        // a resident, not yet signed in, opens the campaign's page on her phone and filters to her ward
        driver.manage().deleteAllCookies();
        var programme = EventsPages.CampaignPage.open(driver, base.toString(), code);
        assertThat(programme.heading()).isEqualTo(campaignName);
        programme = programme.filterWard("Phường Bồ Đề");
        assertThat(driver.getCurrentUrl()).as("the filter lives in the address").contains("ward=");
        assertThat(programme.events()).contains(title);
        assertThat(programme.fitsWidth()).as("nothing to scroll sideways on a phone").isTrue();
        scrollTo("programme");
        Browser.screenshot(driver, "events-campaign-ward");
        String feed = programme.feedUrl();
        assertThat(programme.webcalUrl()).startsWith("webcal://").endsWith("/api/feeds/campaign/" + code + ".ics");

        // she opens the event, signs in from it, comes back and registers
        var event = programme.openEvent(title);
        assertThat(event.heading()).isEqualTo(title);
        event.signInToRegister().signIn(RESIDENT, PASSWORD);
        event = new EventsPages.EventPage(driver);
        assertThat(event.heading()).as("back on the event after signing in").isEqualTo(title);
        event = event.register();
        assertThat(event.infoMessages()).contains("Bạn đã đăng ký tham dự");
        assertThat(event.myStatus()).contains("Đã đăng ký tham dự");
        assertThat(event.seats()).isEqualTo("29/30");
        assertThat(event.fitsWidth()).isTrue();
        scrollTo("rsvp");
        Browser.screenshot(driver, "events-registered");

        // the ward's calendar, on a phone a list, shows it on its day
        var calendar = EventsPages.Calendar.open(driver, base.toString(), "ward=HN-LB-BD&date=" + start.toLocalDate());
        assertThat(calendar.lists(title)).as("the event in the calendar's list").isTrue();
        assertThat(calendar.showsAList()).as("a list, not a month grid, on a phone").isTrue();
        assertThat(calendar.fitsWidth()).isTrue();
        Browser.screenshot(driver, "events-calendar-phone");

        // the campaign's feed carries the event under its stable UID
        String uid = (String) Database.column("select uid from community_event where id = ?", eventId).get(0);
        HttpResponse<String> ics = Http.at(base).get(feed.substring(feed.indexOf("/api/") + 1));
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body().replace("\r\n ", "")).contains("UID:" + uid).contains("BEGIN:VCALENDAR");

        // her events, and her private feed
        var mine = EventsPages.MyEvents.open(driver, base.toString());
        assertThat(mine.titles()).contains(title);
        String privateFeed = mine.feedUrl();
        HttpResponse<String> myIcs = Http.at(base).get(privateFeed.substring(privateFeed.indexOf("/api/") + 1));
        assertThat(myIcs.statusCode()).isEqualTo(200);
        assertThat(myIcs.body().replace("\r\n ", "")).contains("UID:" + uid);
        Browser.screenshot(driver, "events-mine");

        // at the door, the organiser finds her by name, marks her present and counts a walk-in
        signInAs(MANAGER);
        var door = EventsPages.CheckIn.open(driver, base.toString(), eventId);
        assertThat(door.count("registered")).isEqualTo(1);
        assertThat(door.count("arrived")).isZero();
        assertThat(door.search("lan").visiblePeople()).containsExactly(RESIDENT_NAME);
        door = door.present(RESIDENT_NAME).addWalkIn();
        assertThat(door.count("arrived")).isEqualTo(1);
        assertThat(door.count("walkins")).isEqualTo(1);
        assertThat(door.count("total")).isEqualTo(2);
        assertThat(door.fitsWidth()).isTrue();
        Browser.screenshot(driver, "events-checkin");
        assertThat(Database.count("select count(*) from event_rsvp where event_id = ? and checked_in_at is not null", eventId))
                .isEqualTo(1);
    }
}
