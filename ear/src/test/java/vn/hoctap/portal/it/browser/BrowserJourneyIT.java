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
import vn.hoctap.portal.it.Residents;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys in a real headless Chromium at a phone's width (360 px). */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private WebDriver driver;
    private final java.util.List<Runnable> cleanUp = new java.util.ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
        cleanUp.forEach(Runnable::run);
    }

    @Test
    void a_resident_signs_up_signs_in_switches_language_and_signs_out_on_a_phone() {
        driver = Browser.phone();
        String phone = Residents.newPhone();

        SignUpPage signUp = SignUpPage.open(driver, base.toString());
        assertThat(signUp.heading()).isEqualTo("Đăng ký tài khoản người học");
        assertThat(signUp.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
        assertThat(signUp.fitsWidth()).as("sign-up page fits a 360 px phone").isTrue();

        var refused = signUp.fill("<b>Nam</b>", "1800", phone, null, "Tổ dân phố số 4 – Phường Bồ Đề", "Matkhau2026").submit();
        assertThat(refused).isInstanceOf(SignUpPage.class);
        assertThat(refused.errorMessages()).anySatisfy(m -> assertThat(m).contains("Họ và tên chỉ gồm chữ cái"))
                .anySatisfy(m -> assertThat(m).contains("Năm sinh không hợp lệ"));
        assertThat(Database.count("select count(*) from account where phone = ?", phone)).isZero();
        Browser.screenshot(driver, "signup-errors-phone");

        var login = new SignUpPage(driver)
                .fill("Đặng Thị Thu Trang", "1992", phone, null, "Tổ dân phố số 4 – Phường Bồ Đề", "Matkhau2026")
                .submit();
        assertThat(login).isInstanceOf(LoginPage.class);
        assertThat(login.bodyText()).contains("Đăng ký thành công. Mời bạn đăng nhập.");

        var home = ((LoginPage) login).signIn(phone, "Matkhau2026");
        assertThat(home.isSignedIn()).isTrue();
        assertThat(home.bodyText()).contains("Xin chào, Đặng Thị Thu Trang");
        assertThat(home.fitsWidth()).as("home page fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "home-signed-in-phone");

        assertThat(home.bodyText()).contains("Hôm nay " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));

        driver.get(base + "api/me");
        assertThat(home.bodyText()).as("the API answers the browser's session").contains("\"fullName\":\"Đặng Thị Thu Trang\"");
        driver.get(base.toString());

        home.switchTo("en");
        assertThat(home.language()).isEqualTo("en");
        assertThat(home.heading()).isEqualTo("Lifelong learning right in your ward");
        assertThat(home.bodyText()).contains("Sign out");

        driver.get(base + "khong-co-trang-nay.xhtml");
        assertThat(home.heading()).as("error pages speak the chosen language").isEqualTo("Page not found");
        driver.get(base.toString());

        home.signOut();
        assertThat(home.isSignedIn()).isFalse();
        assertThat(home.bodyText()).contains("Đăng nhập");
    }

    @Test
    void a_resident_changes_their_password_on_the_account_page() {
        String phone = Residents.newPhone();
        assertThat(Http.at(base).post("api/accounts", Residents.signUpJson("Tạ Văn Hiếu", 1965, phone, null,
                Database.groupId("HN-LB-GT-T02"))).statusCode()).isEqualTo(201);
        driver = Browser.phone();

        assertThat(PasswordPage.open(driver, base.toString()).heading()).isEqualTo("Đăng nhập");
        LoginPage login = new LoginPage(driver);
        login.signIn(phone, Residents.PASSWORD);
        assertThat(login.heading()).as("back to the page asked for").isEqualTo("Tài khoản và mật khẩu");

        PasswordPage page = new PasswordPage(driver).change(Residents.PASSWORD, "MatKhauMoi2027", "MatKhauKhac2027");
        assertThat(page.errorMessages()).anySatisfy(m -> assertThat(m).contains("không khớp"));

        page = page.change("sai-mat-khau1", "MatKhauMoi2027", "MatKhauMoi2027");
        assertThat(page.errorMessages()).anySatisfy(m -> assertThat(m).contains("Mật khẩu hiện tại không đúng."));

        page = page.change(Residents.PASSWORD, "MatKhauMoi2027", "MatKhauMoi2027");
        assertThat(page.infoMessages()).contains("Đã đổi mật khẩu.");
        assertThat(Http.at(base).as(phone, "MatKhauMoi2027").get("api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void a_resident_on_a_phone_finds_an_evening_class_with_free_seats_and_opens_its_page() {
        driver = Browser.phone();
        CatalogPage catalog = CatalogPage.open(driver, base.toString());
        assertThat(catalog.heading()).isEqualTo("Tìm lớp học");
        int everything = catalog.classCards().size();

        catalog = catalog.moreFilters().timeOfDay("EVENING").check("freeSeats").search();

        assertThat(driver.getCurrentUrl()).as("the filters are in the address, to share")
                .contains("time=EVENING", "freeSeats=true");
        assertThat(catalog.selectedTime()).isEqualTo("EVENING");
        assertThat(catalog.checked("freeSeats")).isTrue();
        assertThat(catalog.checked("free")).as("an option not chosen stays unchosen").isFalse();
        assertThat(catalog.classCards()).isNotEmpty().hasSizeLessThanOrEqualTo(everything)
                .allSatisfy(card -> assertThat(card.getText()).containsPattern("(1[7-9]|2[0-3]):[0-5]\\d–"));
        assertThat(catalog.fitsWidth()).as("catalog fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "catalog-evening-phone");

        String title = catalog.classCards().get(0).findElement(org.openqa.selenium.By.tagName("h2")).getText();
        PortalPage classPage = catalog.openFirstClass();
        assertThat(classPage.heading()).isEqualTo(title);
        assertThat(classPage.bodyText()).contains("Các buổi học", "Chỗ còn trống", "Thêm lịch học vào điện thoại (.ics)");
        assertThat(driver.findElement(org.openqa.selenium.By.id("ics")).getAttribute("href")).endsWith("/sessions.ics");
        assertThat(classPage.fitsWidth()).as("class page fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "class-page-phone");
    }

    @Test
    void a_manager_schedules_a_twelve_week_literacy_class_sees_a_clash_fixes_it_publishes_and_drags_a_session() {
        String title = "Xóa mù chữ giai đoạn 1 – lớp tối " + java.util.UUID.randomUUID().toString().substring(0, 6);
        cleanUp.add(() -> removeCourse(title));
        driver = Browser.open(1280, 900, false);
        LoginPage.open(driver, base.toString()).signIn("quanly.bode@hoctap.demo", "Hoctap2026");
        long centreId = Database.centreId("TTHTCD-BD");

        driver.get(base + "manager/centre.xhtml?id=" + centreId);
        driver.findElement(org.openqa.selenium.By.id("courses-link")).click();
        assertThat(new PortalPage(driver).heading()).isEqualTo("Khóa học của trung tâm");
        driver.findElement(org.openqa.selenium.By.id("new-course")).click();
        var form = new CourseFormPage(driver);
        assertThat(form.heading()).isEqualTo("Thêm khóa học");

        // markup in a title is refused beside the field; nothing is stored
        var refused = form.fill("Xóa mù chữ giai đoạn 1", "<script>alert(1)</script>" + title, "Học đọc, viết, tính",
                "Buổi học tối", 15, 60).save();
        assertThat(refused).isInstanceOf(CourseFormPage.class);
        assertThat(refused.errorMessages()).anySatisfy(m -> assertThat(m).contains("Không dùng ký tự < hoặc >"));
        assertThat(Database.count("select count(*) from course where title like ?", "%" + title)).isZero();

        var course = (ManagedCoursePage) form.fill("Xóa mù chữ giai đoạn 1", title,
                "Lớp học buổi tối cho người lớn chưa biết chữ ở tổ dân phố số 3.",
                "Học đọc, viết và làm tính trong 12 tuần, mỗi tuần hai buổi tối.", 15, 60).save();
        assertThat(course.heading()).isEqualTo(title);
        assertThat(course.status()).isEqualTo("Bản nháp");
        assertThat(course.infoMessages()).contains("Đã lưu khóa học dưới dạng bản nháp");
        assertThat(course.descriptionHtml()).contains("Học đọc, viết và làm tính trong 12 tuần");
        course = (ManagedCoursePage) course.edit().summary("Lớp học buổi tối cho người lớn chưa biết chữ ở tổ dân phố số 3 và số 4.").save();
        assertThat(course.infoMessages()).contains("Đã lưu thay đổi của khóa học.");
        assertThat(course.bodyText()).contains("tổ dân phố số 3 và số 4");
        assertThat(course.descriptionHtml()).as("the description survives the edit").contains("Học đọc, viết và làm tính");

        var plan = (ClassPlanPage) course.openClass("Trần Thị Ngọc Anh", "Phòng học số 1 (sức chứa 30)", 25, "2027-01-04", "2027-03-31");
        assertThat(plan.infoMessages()).contains("Đã mở lớp");

        // Tuesday and Thursday 19:00–21:00: room 1 already holds the first literacy class then
        var days = java.util.List.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY);
        plan = plan.planWeekly(days, "19:00", "21:00", "2027-01-05", 12);
        assertThat(plan.errorMessages()).anySatisfy(m -> assertThat(m).contains("Lịch học bị trùng"));
        assertThat(plan.clashes()).singleElement().satisfies(c -> assertThat(c).contains("Trùng phòng với lớp", "BD-XMC1-2026-A", "ở 21 buổi", "05/01/2027 19:00–21:00"));
        assertThat(plan.offersToShareTheVenue()).as("only the venue clashes: sharing is offered").isTrue();
        assertThat(plan.sessionCount()).isZero();
        Browser.screenshot(driver, "manager-clash");

        // fixed: earlier in the evening, before the other class
        plan = plan.planWeekly(days, "17:15", "18:45", "2027-01-05", 12);
        assertThat(plan.clashes()).isEmpty();
        assertThat(plan.infoMessages()).contains("Đã lưu 21 buổi học, bỏ qua 3 buổi trùng ngày nghỉ: Tết Nguyên Đán");
        assertThat(plan.sessionCount()).isEqualTo(21);

        course = plan.backToCourse().moveTo("PUBLISHED");
        assertThat(course.status()).isEqualTo("Đã công bố");
        assertThat(Database.count("select count(*) from course where title = ? and status = 'PUBLISHED'", title)).isOne();
        driver.get(base + "catalog.xhtml?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(new CatalogPage(driver).classCards()).singleElement()
                .satisfies(card -> assertThat(card.getText()).contains(title, "Thứ Ba, Thứ Năm", "17:15–18:45"));

        // the timetable of room 1 in the first week: drag Tuesday's session to Wednesday (free)
        long roomId = ((Number) Database.column("select id from venue where code = 'BD-P1'").get(0)).longValue();
        var calendar = CentreCalendarPage.open(driver, base.toString(), centreId, roomId, "2027-01-04");
        assertThat(calendar.events()).anySatisfy(e -> assertThat(e).contains(title))
                .anySatisfy(e -> assertThat(e).contains("19:00"));
        Browser.screenshot(driver, "manager-calendar");
        calendar = calendar.drag(title, 1, 0);
        assertThat(calendar.infoMessages()).contains("Đã dời buổi học");
        assertThat(Database.count("""
                select count(*) from class_session s join class_offering k on k.id = s.class_id join course c on c.id = k.course_id
                where c.title = ? and s.starts_at = '2027-01-06 17:15:00' and s.ends_at = '2027-01-06 18:45:00'""", title)).isOne();

        // Thursday's session dragged two hours later lands on the other class in the same room: refused
        calendar = calendar.drag(title + "", 0, 4);
        assertThat(calendar.errorMessages()).anySatisfy(m -> assertThat(m).contains("Trùng phòng với lớp"));
        assertThat(Database.count("""
                select count(*) from class_session s join class_offering k on k.id = s.class_id join course c on c.id = k.course_id
                where c.title = ? and time(s.starts_at) = '19:15:00'""", title)).isZero();
    }

    @Test
    void a_manager_adds_an_outside_venue_on_a_phone() {
        String name = "Nhà văn hóa tổ dân phố số 12 " + java.util.UUID.randomUUID().toString().substring(0, 4);
        cleanUp.add(() -> Database.update("delete from venue where name = ?", name));
        driver = Browser.phone();
        LoginPage.open(driver, base.toString()).signIn("quanly.bode@hoctap.demo", "Hoctap2026");
        var venues = VenuesPage.open(driver, base.toString(), Database.centreId("TTHTCD-BD"));
        assertThat(venues.venuesTable()).contains("Phòng học số 1", "Nhà văn hóa tổ dân phố số 3");

        var refused = venues.add("", "Địa điểm bên ngoài (nhà văn hóa, hội trường…)", "0", "");
        assertThat(refused.errorMessages()).anySatisfy(m -> assertThat(m).contains("Vui lòng nhập tên địa điểm"))
                .anySatisfy(m -> assertThat(m).contains("Sức chứa phải ít nhất là 1"));

        var added = refused.add(name, "Địa điểm bên ngoài (nhà văn hóa, hội trường…)", "45", "Ngõ 12 phố Bồ Đề");
        assertThat(added.infoMessages()).contains("Đã thêm địa điểm «" + name + "»");
        assertThat(added.venuesTable()).contains(name, "45", "Ngõ 12 phố Bồ Đề");
        assertThat(added.fitsWidth()).as("venues page fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "manager-venues-phone");
    }

    @Test
    void a_resident_on_a_phone_waits_for_a_seat_gets_it_when_another_cancels_and_is_told_by_mail() throws Exception {
        long classId = vn.hoctap.portal.it.Classes.published(base, "HEALTH", 1, 25, "05:00");
        var residents = Residents.stored(2, 1979, "HN-LB-BD-T02");
        String first = residents.get(0);
        String waiting = residents.get(1);
        var firstSeat = Http.at(base).as(first, Residents.PASSWORD).post("api/classes/" + classId + "/enrolments", "");
        assertThat(firstSeat.body()).contains("\"status\":\"CONFIRMED\"");

        driver = Browser.phone();
        LoginPage.open(driver, base.toString()).signIn(waiting, Residents.PASSWORD);
        ClassPage page = ClassPage.open(driver, base.toString(), classId);
        String title = page.heading();
        page = page.enrol();
        assertThat(page.infoMessages()).contains("Bạn đứng thứ 1 trong danh sách chờ");
        assertThat(page.myStatus()).contains("vị trí số 1");
        assertThat(page.fitsWidth()).as("class page with enrolment fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "resident-waitlisted-phone");

        MyLearningPage learning = MyLearningPage.open(driver, base.toString());
        assertThat(learning.card(title)).contains("Đang chờ chỗ", "vị trí số 1");

        long seat = jakarta.json.Json.createReader(new java.io.StringReader(firstSeat.body())).readObject().getJsonNumber("id").longValue();
        assertThat(Http.at(base).as(first, Residents.PASSWORD).delete("api/classes/" + classId + "/enrolments/" + seat).statusCode())
                .isEqualTo(204);

        learning = MyLearningPage.open(driver, base.toString());
        assertThat(learning.card(title)).contains("Đã có chỗ", "Buổi tới:").doesNotContain("vị trí");
        assertThat(learning.fitsWidth()).as("my learning fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "resident-promoted-phone");
        String feed = Http.at(base).get(learning.feedUrl().replaceFirst("^https?://[^/]+/", "")).body();
        assertThat(feed).contains("BEGIN:VCALENDAR", "SUMMARY:" + title);

        var mails = vn.hoctap.portal.it.Mails.to(waiting, java.time.Duration.ofSeconds(20), 2);
        assertThat(mails).extracting(vn.hoctap.portal.it.Mails::subject)
                .anySatisfy(s -> assertThat(s).isEqualTo("Bạn đã có chỗ học: " + title));
    }

    private static void removeCourse(String title) {
        String classes = "select k.id from class_offering k join course c on c.id = k.course_id where c.title = ?";
        Database.update("delete from schedule_change where class_id in (" + classes + ")", title);
        Database.update("delete from class_session where class_id in (" + classes + ")", title);
        Database.update("delete from class_offering where course_id in (select id from course where title = ?)", title);
        Database.update("delete from course where title = ?", title);
    }

    @Test
    void a_manager_cannot_open_another_centres_page() {
        driver = Browser.phone();
        var page = LoginPage.open(driver, base.toString()).signIn("quanly.bode@hoctap.demo", "Hoctap2026");
        assertThat(page.isSignedIn()).isTrue();

        driver.get(base + "manager/index.xhtml");
        assertThat(page.heading()).isEqualTo("Bảng điều khiển của trung tâm");
        assertThat(page.bodyText()).contains("Trung tâm học tập cộng đồng phường Bồ Đề")
                .doesNotContain("Trung tâm học tập cộng đồng phường Ngọc Thụy");

        driver.get(base + "manager/centre.xhtml?id=" + Database.centreId("TTHTCD-NT"));
        assertThat(page.heading()).isEqualTo("Bạn không có quyền truy cập trang này");
        assertThat(page.bodyText()).doesNotContain("Exception");
        Browser.screenshot(driver, "forbidden-phone");
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_with_a_message_saying_until_when() {
        String phone = Residents.newPhone();
        assertThat(Http.at(base).post("api/accounts", Residents.signUpJson("Mạc Thị Bưởi", 1970, phone, null,
                Database.groupId("HN-LB-NT-T02"))).statusCode()).isEqualTo(201);
        driver = Browser.phone();

        PortalPage page = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = LoginPage.open(driver, base.toString()).signIn(phone, "sai-mat-khau" + attempt);
        }
        assertThat(page.errorMessages()).anySatisfy(m -> assertThat(m)
                .contains("Tài khoản tạm khóa do đăng nhập sai nhiều lần")
                .matches("(?s).*\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}.*"));

        page = LoginPage.open(driver, base.toString()).signIn(phone, Residents.PASSWORD);
        assertThat(page.isSignedIn()).isFalse();
        Browser.screenshot(driver, "login-locked-phone");
    }

    @Test
    void a_wrong_password_shows_a_clear_message() {
        String phone = Residents.newPhone();
        assertThat(Http.at(base).post("api/accounts", Residents.signUpJson("Lò Văn Pằng", 1988, phone, null,
                Database.groupId("HN-SS-PL-T01"))).statusCode()).isEqualTo(201);
        driver = Browser.phone();
        var page = LoginPage.open(driver, base.toString()).signIn(phone, "khongdung123");
        assertThat(page.isSignedIn()).isFalse();
        assertThat(page.errorMessages()).anySatisfy(m ->
                assertThat(m).contains("Số điện thoại/email hoặc mật khẩu không đúng."));
    }
}
