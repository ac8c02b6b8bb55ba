package vn.hoctap.portal.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.hoctap.portal.it.Classes;
import vn.hoctap.portal.it.Database;
import vn.hoctap.portal.it.Deployments;
import vn.hoctap.portal.it.Http;
import vn.hoctap.portal.it.TaughtClasses;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Running a class on a phone (360 px): the teacher marks attendance; the manager enrols, records results, certifies. */
@ExtendWith(ArquillianExtension.class)
class RunningAClassJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private WebDriver driver;
    private final List<Long> classes = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
        for (long classId : classes) {
            Http.at(base).as(Classes.MANAGER, Classes.PASSWORD).post("api/classes/" + classId + "/sessions/cancellation?reason=test", "");
        }
    }

    private long enrolWalkIn(long classId, String name, int birthYear) {
        var answer = Http.at(base).as(Classes.MANAGER, Classes.PASSWORD).post("api/classes/" + classId + "/roster",
                "{\"learner\":{\"fullName\":\"" + name + "\",\"birthYear\":" + birthYear + ",\"residentialGroupId\":"
                        + Database.groupId("HN-LB-BD-T03") + "}}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject().getJsonNumber("id").longValue();
    }

    @Test
    void a_teacher_marks_attendance_on_a_phone_by_tapping_the_absent_ones() {
        long classId = TaughtClasses.published(base, "DIGITAL_SKILLS", 20, 0, "05:00", TaughtClasses.TEACHER);
        classes.add(classId);
        String code = (String) Database.column("select code from class_offering where id = ?", classId).get(0);
        String suffix = Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "x");
        List<String> learners = List.of("Bùi Thị Thanh Hương " + suffix, "Đỗ Văn Quyết " + suffix, "Hà Thị Ngọc " + suffix,
                "Triệu Văn Lâm " + suffix);
        List<Long> enrolments = learners.stream().map(n -> enrolWalkIn(classId, n, 1980)).toList();
        driver = Browser.phone();

        LoginPage.open(driver, base.toString()).signIn(TaughtClasses.TEACHER, Classes.PASSWORD);
        TeachingPage teaching = TeachingPage.open(driver, base.toString());
        assertThat(teaching.heading()).isEqualTo("Lớp tôi dạy");
        assertThat(teaching.classCodes()).contains(code);
        assertThat(teaching.fitsWidth()).as("the teacher's classes fit a 360 px phone").isTrue();
        Browser.screenshot(driver, "teaching-phone");

        AttendancePage sheet = teaching.markNow(code);
        assertThat(sheet.heading()).isEqualTo("Điểm danh");
        assertThat(sheet.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
        assertThat(sheet.fitsWidth()).as("the attendance sheet fits a 360 px phone").isTrue();
        assertThat(sheet.bodyText()).contains("Buổi này chưa được điểm danh.");
        assertThat(sheet.learners()).containsExactlyInAnyOrderElementsOf(learners);
        assertThat(learners).allSatisfy(n -> assertThat(sheet.isAbsent(n)).as("present by default: " + n).isFalse());
        assertThat(sheet.lineHeight(learners.get(0))).as("a finger-sized target").isGreaterThanOrEqualTo(44);

        sheet.tap(learners.get(1)).tap(learners.get(3)).tap(learners.get(0)).tap(learners.get(0));
        assertThat(sheet.lineText(learners.get(1))).contains("VẮNG");
        assertThat(sheet.lineText(learners.get(0))).as("tapped twice: present again").contains("có mặt").doesNotContain("VẮNG");
        Browser.screenshot(driver, "attendance-phone");

        AttendancePage saved = sheet.save();
        assertThat(saved.infoMessages()).contains("Đã lưu điểm danh: 2 có mặt, 2 vắng.");
        assertThat(saved.isAbsent(learners.get(1))).isTrue();
        assertThat(saved.isAbsent(learners.get(3))).isTrue();
        assertThat(saved.isAbsent(learners.get(0))).isFalse();
        long session = TaughtClasses.sessions(classId).get(0);
        assertThat(Database.column("select enrolment_id from attendance where session_id = ? and present = false order by enrolment_id",
                session)).extracting(id -> ((Number) id).longValue())
                .containsExactly(enrolments.get(1), enrolments.get(3));

        AttendancePage again = saved.save();
        assertThat(again.infoMessages()).contains("Điểm danh không thay đổi: 2 có mặt, 2 vắng.");
        assertThat(Database.count("select count(*) from attendance where session_id = ?", session)).isEqualTo(4);

        driver.findElement(By.id("roster-link")).click();
        RosterPage roster = new RosterPage(driver);
        assertThat(roster.heading()).isEqualTo("Danh sách lớp");
        assertThat(roster.bodyText()).contains("đã điểm danh, 2 vắng").doesNotContain("Ghi danh học viên");
        assertThat(roster.fitsWidth()).as("the roster fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "roster-teacher-phone");
    }

    @Test
    void a_manager_enrols_a_walk_in_records_the_result_issues_the_certificate_which_anyone_can_verify() {
        long classId = Classes.published(base, "LITERACY_1", 10, 0, "06:00");
        classes.add(classId);
        String suffix = Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "y");
        String learner = "Lường Thị Ửng " + suffix;
        String other = "Quàng Văn Páo " + suffix;
        driver = Browser.phone();
        LoginPage.open(driver, base.toString()).signIn(Classes.MANAGER, Classes.PASSWORD);

        driver.get(base + "manager/class.xhtml?id=" + classId);
        driver.findElement(By.id("roster-link")).click();
        RosterPage roster = new RosterPage(driver);
        assertThat(roster.heading()).isEqualTo("Danh sách lớp");
        assertThat(roster.fitsWidth()).as("the roster fits a 360 px phone").isTrue();

        RosterPage refused = roster.enrolWalkIn(learner, "", "Tổ dân phố số 3");
        assertThat(refused.errorMessages()).anySatisfy(m -> assertThat(m).contains("Vui lòng nhập năm sinh."));
        Browser.screenshot(driver, "roster-walk-in-errors-phone");
        RosterPage enrolled = refused.enrolWalkIn(learner, "1976", "Tổ dân phố số 3");
        assertThat(enrolled.infoMessages()).contains("Đã ghi danh " + learner + ": đã có chỗ trong lớp.");
        enrolled = enrolled.enrolWalkIn(other, "1981", "Tổ dân phố số 3");
        assertThat(enrolled.learners()).contains(learner, other);
        assertThat(enrolled.seats()).isEqualTo("2/10 chỗ");

        RosterPage cancelled = enrolled.cancel(other);
        assertThat(cancelled.infoMessages()).contains("Đã hủy đăng ký của " + other + ".");
        assertThat(cancelled.learners()).containsExactly(learner);

        ResultsPage results = cancelled.openResults();
        assertThat(results.heading()).isEqualTo("Kết quả học tập");
        assertThat(results.bodyText()).contains("học viên hoàn thành lớp đạt biết chữ mức độ 1");
        results = results.choose(learner, "Hoàn thành").save();
        assertThat(results.infoMessages()).contains("Đã lưu kết quả (1 thay đổi).");
        results = results.issue(learner);
        String code = results.certificateCode(learner);
        assertThat(results.infoMessages()).contains("Đã cấp giấy chứng nhận cho " + learner + ", mã xác minh " + code);
        assertThat(results.fitsWidth()).as("the results fit a 360 px phone").isTrue();
        Browser.screenshot(driver, "results-certificate-phone");

        results.signOut();
        VerifyPage verify = VerifyPage.open(driver, base.toString(), code);
        assertThat(verify.heading()).isEqualTo("Xác minh giấy chứng nhận");
        assertThat(verify.facts()).contains(learner, "Trung tâm học tập cộng đồng phường Bồ Đề")
                .doesNotContain("1976").doesNotContain("Tổ dân phố");
        assertThat(verify.fitsWidth()).isTrue();
        Browser.screenshot(driver, "verify-phone");
    }
}
