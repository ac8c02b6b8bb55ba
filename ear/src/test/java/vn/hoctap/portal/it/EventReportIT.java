package vn.hoctap.portal.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.hoctap.portal.it.browser.Browser;
import vn.hoctap.portal.it.browser.EventReportPage;
import vn.hoctap.portal.it.browser.LoginPage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week's report over HTTP against the real EAR and MariaDB: a campaign of this week in Quận
 * Long Biên with events in two wards and one for the whole district, registrations (confirmed,
 * waitlisted, cancelled), check-ins and walk-ins, and events that must not count (a cancelled
 * one, one still to come); the XLSX and the PDF downloads carry the right figures per ward and
 * per type; the district's managers and administrators may read it, residents, teachers and
 * managers of another district may not. The events and registrations are stored straight in the
 * database (the API refuses to create registrations for events that are already over); the
 * organisers then check people in and count walk-ins at the door through the events' API, as on
 * their phones.
 */
@ExtendWith(ArquillianExtension.class)
class EventReportIT {

    private static final String DISTRICT_ADMIN = "admin.longbien@hoctap.demo";
    private static final String CITY_ADMIN = "admin.hanoi@hoctap.demo";
    private static final String MANAGER_BD = "quanly.bode@hoctap.demo";
    private static final String MANAGER_NT = "quanly.ngocthuy@hoctap.demo";
    private static final String MANAGER_OTHER_DISTRICT = "quanly.phulinh@hoctap.demo";
    private static final String TEACHER_BD = "giaovien.bode@hoctap.demo";
    private static final String DEMO_PASSWORD = "Hoctap2026";
    private static final String DISTRICT_WIDE = "Toàn quận, huyện (sự kiện chung)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private long campaign;
    private String campaignName;
    private List<String> residents;

    private Http as(String login) {
        return Http.at(base).as(login, login.endsWith("@hoctap.demo") ? DEMO_PASSWORD : Residents.PASSWORD);
    }

    /**
     * A campaign from six days ago to the day after tomorrow. Counted: Bồ Đề a talk (2 registered,
     * 1 checked in, 1 cancelled registration, 5 walk-ins) and a reading session (2 registered, one
     * waitlisted, 1 checked in); Ngọc Thụy a talk with 7 walk-ins and no registrations; the whole
     * district an exhibition (1 registered and checked in, 20 walk-ins). Not counted: a cancelled
     * talk in Bồ Đề and a contest in Gia Thụy that starts tomorrow.
     */
    @BeforeEach
    void aWeekOfEvents() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String code = "IT-BC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        campaignName = "Tuần lễ học tập thử nghiệm " + code;
        long district = unit("HN-LB");
        Database.update("""
                insert into campaign (code, name, theme, kind, district_id, start_date, end_date)
                values (?, ?, 'Học tập suốt đời', 'LIFELONG_LEARNING_WEEK', ?, ?, ?)""",
                code, campaignName, district, today.minusDays(6), today.plusDays(2));
        campaign = Database.count("select id from campaign where code = ?", code);
        residents = new ArrayList<>(Residents.stored(4, 1980, "HN-LB-BD-T05"));

        long talk = event("Nói chuyện pháp luật về an toàn giao thông", "TALK", "HN-LB-BD", today.minusDays(5), "SCHEDULED", 5);
        rsvp(talk, 0, "CONFIRMED", true);
        rsvp(talk, 1, "CONFIRMED", false);
        rsvp(talk, 2, "CANCELLED", false);
        long reading = event("Đọc sách cùng thiếu nhi", "READING_SESSION", "HN-LB-BD", today.minusDays(4), "SCHEDULED", 0);
        rsvp(reading, 0, "CONFIRMED", true);
        rsvp(reading, 3, "WAITLISTED", false);
        event("Chuyên đề chăm sóc sức khỏe người cao tuổi", "TALK", "HN-LB-NT", today.minusDays(3), "SCHEDULED", 7);
        long exhibition = event("Triển lãm sách và tư liệu về Long Biên", "EXHIBITION", null, today.minusDays(2), "SCHEDULED", 20);
        rsvp(exhibition, 1, "CONFIRMED", true);
        long cancelled = event("Nói chuyện đã hủy", "TALK", "HN-LB-BD", today.minusDays(1), "CANCELLED", 3);
        rsvp(cancelled, 2, "CONFIRMED", false);
        long coming = event("Cuộc thi tìm hiểu sắp tới", "CONTEST", "HN-LB-GT", today.plusDays(1), "SCHEDULED", 0);
        rsvp(coming, 0, "CONFIRMED", false);
    }

    @Test
    void the_workbook_has_the_figures_per_ward_and_per_type_with_their_totals() throws IOException {
        HttpResponse<byte[]> xlsx = as(DISTRICT_ADMIN).getBytes("api/campaigns/" + campaign + "/report.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment").contains("bao-cao-su-kien-it-bc-").endsWith(".xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet wards = workbook.getSheet("Theo phường, xã");
            assertThat(wards.getRow(0).getCell(0).getStringCellValue()).contains(campaignName.toUpperCase(java.util.Locale.forLanguageTag("vi")));
            //                                          events, registrations, attendance, walk-ins, present
            assertThat(figures(wards, DISTRICT_WIDE)).containsExactly(1, 1, 1, 20, 21);
            assertThat(figures(wards, "Phường Bồ Đề")).containsExactly(2, 4, 2, 5, 7);
            assertThat(figures(wards, "Phường Ngọc Thụy")).containsExactly(1, 0, 0, 7, 7);
            assertThat(figures(wards, "Phường Gia Thụy")).containsExactly(0, 0, 0, 0, 0);
            assertThat(figures(wards, "Tổng cộng")).containsExactly(4, 5, 3, 32, 35);

            Sheet types = workbook.getSheet("Theo loại hình");
            assertThat(figures(types, "Nói chuyện chuyên đề")).containsExactly(2, 2, 1, 12, 13);
            assertThat(figures(types, "Đọc sách")).containsExactly(1, 2, 1, 0, 1);
            assertThat(figures(types, "Triển lãm")).containsExactly(1, 1, 1, 20, 21);
            assertThat(figures(types, "Cuộc thi")).containsExactly(0, 0, 0, 0, 0);
            assertThat(figures(types, "Tổng cộng")).containsExactly(4, 5, 3, 32, 35);
        }
    }

    @Test
    void the_pdf_reads_in_vietnamese_with_the_same_figures_for_a_centre_manager_of_the_district() throws IOException {
        HttpResponse<byte[]> pdf = as(MANAGER_NT).getBytes("api/campaigns/" + campaign + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).endsWith(".pdf\""));
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("QUẬN LONG BIÊN", "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP THỬ NGHIỆM",
                "I. KẾT QUẢ THEO PHƯỜNG, XÃ", "II. KẾT QUẢ THEO LOẠI HÌNH SỰ KIỆN",
                DISTRICT_WIDE + " 1 1 1 20 21", "Phường Bồ Đề 2 4 2 5 7", "Phường Ngọc Thụy 1 0 0 7 7",
                "Nói chuyện chuyên đề 2 2 1 12 13", "Tổng cộng 4 5 3 32 35");
    }

    @Test
    void the_page_shows_the_tables_charts_and_download_links() {
        HttpResponse<String> page = as(MANAGER_BD).get("manager/event-report.xhtml?campaign=" + campaign);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(campaignName, "Phường Bồ Đề", DISTRICT_WIDE, "Nói chuyện chuyên đề",
                "id=\"total-present\">35<", "id=\"total-walk-ins\">32<",
                "api/campaigns/" + campaign + "/report.xlsx", "api/campaigns/" + campaign + "/report.pdf",
                "ward-chart", "type-chart");
        assertThat(as(CITY_ADMIN).get("manager/event-report.xhtml?campaign=" + campaign).body())
                .as("the city's administrators read it too").contains("id=\"total-present\">35<");
    }

    @Test
    void on_a_phone_a_centre_manager_reads_the_totals_and_both_charts_without_scrolling_sideways() {
        WebDriver driver = Browser.phone();
        try {
            LoginPage.open(driver, base.toString()).signIn(MANAGER_BD, DEMO_PASSWORD);
            EventReportPage page = EventReportPage.open(driver, base.toString(), campaign);
            assertThat(page.heading()).isEqualTo("Báo cáo sự kiện sau tuần lễ");
            assertThat(page.totalPresent()).isEqualTo("35");
            assertThat(page.wardRow("HN-LB-BD")).startsWith("Phường Bồ Đề").contains("2 4 2 5 7");
            assertThat(page.chartsDrawn()).isEqualTo(2);
            assertThat(page.downloadLink("pdf")).endsWith("/api/campaigns/" + campaign + "/report.pdf");
            assertThat(page.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
            assertThat(page.fitsWidth()).as("the wide tables scroll inside their cards, the page does not").isTrue();
            Browser.screenshot(driver, "event-report-phone");
            page.scrollTo("ward-chart");
            Browser.screenshot(driver, "event-report-phone-ward-chart");
            page.scrollTo("by-type");
            Browser.screenshot(driver, "event-report-phone-by-type");
        } finally {
            driver.quit();
        }
    }

    @Test
    void residents_teachers_and_managers_of_another_district_are_refused_and_nobody_anonymous_gets_in() {
        String resident = residents.get(0);
        for (String path : List.of("api/campaigns/" + campaign + "/report.xlsx", "api/campaigns/" + campaign + "/report.pdf",
                "manager/event-report.xhtml?campaign=" + campaign)) {
            for (String login : List.of(resident, TEACHER_BD, MANAGER_OTHER_DISTRICT)) {
                HttpResponse<String> answer = as(login).get(path);
                assertThat(answer.statusCode()).as(login + " " + path).isEqualTo(403);
                assertThat(answer.body()).as(login + " " + path).doesNotContain("Phường Bồ Đề 2");
            }
        }
        HttpResponse<String> anonymous = Http.at(base).get("api/campaigns/" + campaign + "/report.xlsx");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(as(CITY_ADMIN).getBytes("api/campaigns/" + campaign + "/report.pdf").statusCode()).isEqualTo(200);
        assertThat(as(DISTRICT_ADMIN).get("api/campaigns/999999999/report.pdf").statusCode()).isEqualTo(404);
        assertThat(as(DISTRICT_ADMIN).get("api/campaigns/" + campaign + "/report.docx").statusCode()).isEqualTo(404);
    }

    @Test
    void a_report_over_dates_counts_every_event_of_the_district_campaign_or_not_and_refuses_bad_dates() throws IOException {
        // a day of its own, years back, that no other test uses
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(new java.security.SecureRandom().nextInt(7000));
        long ownTalk = event(null, "Nói chuyện ngoài chiến dịch", "TALK", "HN-LB-GT", day, "SCHEDULED", 9);
        rsvp(ownTalk, 2, "CONFIRMED", true);
        event(null, "Hội sách cấp quận", "BOOK_FAIR", null, day, "SCHEDULED", 40);
        long district = unit("HN-LB");
        String path = "api/event-reports.xlsx?district=" + district + "&from=" + day + "&to=" + day;
        try {
            HttpResponse<byte[]> xlsx = as(MANAGER_BD).getBytes(path);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO KẾT QUẢ TỔ CHỨC SỰ KIỆN");
                assertThat(figures(workbook.getSheetAt(0), "Phường Gia Thụy")).containsExactly(1, 1, 1, 9, 10);
                assertThat(figures(workbook.getSheetAt(0), DISTRICT_WIDE)).containsExactly(1, 0, 0, 40, 40);
                assertThat(figures(workbook.getSheetAt(1), "Hội sách")).containsExactly(1, 0, 0, 40, 40);
                assertThat(figures(workbook.getSheetAt(0), "Tổng cộng")).containsExactly(2, 1, 1, 49, 50);
            }
            assertThat(as(DISTRICT_ADMIN).getBytes(path.replace(".xlsx", ".pdf")).statusCode()).isEqualTo(200);
            HttpResponse<String> page = as(DISTRICT_ADMIN).get("manager/event-report.xhtml?district=" + district + "&from=" + day + "&to=" + day);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"total-present\">50<", "api/event-reports.pdf?district=" + district);

            assertThat(Http.at(base).get(path).statusCode()).as("anonymous").isEqualTo(401);
            assertThat(as(residents.get(0)).get(path).statusCode()).isEqualTo(403);
            assertThat(as(MANAGER_OTHER_DISTRICT).get(path).statusCode()).isEqualTo(403);
            HttpResponse<String> backwards = as(DISTRICT_ADMIN).get("api/event-reports.xlsx?district=" + district
                    + "&from=" + day + "&to=" + day.minusDays(1));
            assertThat(backwards.statusCode()).isEqualTo(400);
            assertThat(backwards.body()).contains("events.report.dates.order", "Ngày kết thúc không được trước ngày bắt đầu.");
            HttpResponse<String> malformed = as(DISTRICT_ADMIN).inLanguage("en").get("api/event-reports.pdf?district=" + district
                    + "&from=01/10/2026&to=" + day);
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).contains("\"from\"", "Invalid day");
            assertThat(as(DISTRICT_ADMIN).get("api/event-reports.xlsx?district=" + district + "&from=2020-01-01&to=2026-01-01")
                    .statusCode()).as("more than a year").isEqualTo(400);
            assertThat(as(DISTRICT_ADMIN).get("api/event-reports.xlsx?district=" + unit("HN-LB-BD") + "&from=" + day + "&to=" + day)
                    .statusCode()).as("a ward is not a district").isEqualTo(404);
        } finally {
            Database.update("delete from event_rsvp where event_id in (select id from community_event where starts_at between ? and ?)",
                    day.atStartOfDay(), day.plusDays(1).atStartOfDay());
            Database.update("delete from community_event where campaign_id is null and starts_at between ? and ?",
                    day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        }
    }

    private static long unit(String code) {
        return Database.count("select id from administrative_unit where code = ?", code);
    }

    /** An event of the campaign at 08:00–10:00 of the day; ward null for the whole district. */
    private long event(String title, String type, String wardCode, LocalDate day, String status, int walkIns) {
        return event(campaign, title, type, wardCode, day, status, walkIns);
    }

    /**
     * An event of a ward's centre (its manager organises it) or, without a ward, of the district (its
     * administrator does); the walk-ins are counted at the door through the API, in two goes, but
     * for a cancelled event, which the API no longer changes.
     */
    private long event(Long campaignId, String title, String type, String wardCode, LocalDate day, String status, int walkIns) {
        String uid = "event-" + UUID.randomUUID() + "@hoctap.vn";
        LocalDateTime start = day.atTime(8, 0);
        boolean cancelled = "CANCELLED".equals(status);
        Database.update("""
                insert into community_event (uid, sequence, title, description, type, organiser_kind, organiser_name,
                    district_id, ward_id, centre_id, place, starts_at, ends_at, audience, campaign_id, status, walk_ins, updated_at)
                values (?, 0, ?, 'Sự kiện của bài kiểm thử báo cáo', ?, 'CENTRE', 'Trung tâm học tập cộng đồng', ?, ?,
                    (select id from learning_centre where ward_id = ?), 'Nhà văn hóa', ?, ?, 'Mọi người dân', ?, ?, ?, now(6))""",
                uid, title, type, unit("HN-LB"), wardCode == null ? null : unit(wardCode), wardCode == null ? null : unit(wardCode),
                start, start.plusHours(2), campaignId, status, cancelled ? walkIns : 0);
        long id = Database.count("select id from community_event where uid = ?", uid);
        if (walkIns > 0 && !cancelled) {
            int first = walkIns / 2;
            if (first > 0) {
                assertThat(organiser(id).post("api/events/" + id + "/walk-ins", "{\"count\":" + first + "}").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> counted = organiser(id).post("api/events/" + id + "/walk-ins", "{\"count\":" + (walkIns - first) + "}");
            assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
            assertThat(counted.body()).contains("\"count\":" + walkIns);
        }
        return id;
    }

    /** The account that runs the event at the door: the manager of its ward's centre, or the district's administrator. */
    private Http organiser(long event) {
        long centre = Database.count("select coalesce(centre_id, 0) from community_event where id = ?", event);
        if (centre == 0) {
            return as(DISTRICT_ADMIN);
        }
        String manager = (String) Database.column("select email from account where role = 'CENTRE_MANAGER' and centre_id = ? order by id",
                centre).get(0);
        return as(manager);
    }

    /** A registration made before the event; the organiser checks the resident in at the door. */
    private void rsvp(long event, int resident, String status, boolean checkedIn) {
        Database.update("""
                insert into event_rsvp (event_id, resident_id, status, waitlist_ticket, registered_at)
                values (?, (select id from account where email = ?), ?, ?, now(6) - interval 7 day)""",
                event, residents.get(resident), status, "WAITLISTED".equals(status) ? 1 : null);
        if (checkedIn) {
            long rsvp = Database.count("""
                    select r.id from event_rsvp r join account a on a.id = r.resident_id
                    where r.event_id = ? and a.email = ? and r.status <> 'CANCELLED'""", event, residents.get(resident));
            HttpResponse<String> door = organiser(event).post("api/events/" + event + "/check-ins", "{\"rsvpId\":" + rsvp + "}");
            assertThat(door.statusCode()).as(door.body()).isEqualTo(204);
        }
    }

    /** The five figures of the row whose name (second cell) is given, as stored in the workbook. */
    private static List<Integer> figures(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && name.equals(cell.getStringCellValue())) {
                List<Integer> figures = new ArrayList<>();
                for (int c = 2; c <= 6; c++) {
                    figures.add((int) row.getCell(c).getNumericCellValue());
                }
                return figures;
            }
        }
        throw new AssertionError(name + " is not in sheet " + sheet.getSheetName());
    }
}
