package vn.hoctap.portal.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.hoctap.portal.it.Deployments;
import vn.hoctap.portal.it.Residents;
import vn.hoctap.portal.it.Titles;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learning citizen on a phone (360 px) from the first indicator to a verified certificate: the
 * citizen completes the form one criterion per step, sees what is missing, submits; the ward's
 * reviewer returns it with a comment; the citizen fixes and resubmits; the reviewer accepts it
 * into a recognition decision; the certificate verifies and the ward's count rises.
 */
@ExtendWith(ArquillianExtension.class)
class TitlesJourneyIT {

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

    private void signInAs(String login, String password) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base.toString()).signIn(login, password);
    }

    @Test
    void a_citizen_completes_the_form_on_a_phone_is_returned_fixes_it_and_is_recognised_in_a_decision_that_verifies() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[^a-p]", "x");
        String name = "Hoàng Thị Thu " + Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1);
        String citizen = Titles.resident(base, name, "HN-LB-BD-T03");
        long ward = Titles.wardId("HN-LB-BD");
        driver = Browser.phone();

        signInAs(Titles.MANAGER_BD, Titles.PASSWORD);
        TitlesPages.Coverage before = TitlesPages.Coverage.open(driver, base.toString(), ward);
        long recognisedBefore = before.recognisedCitizens();
        assertThat(before.hasChart()).isTrue();

        signInAs(citizen, Residents.PASSWORD);
        TitlesPages.MyTitles start = TitlesPages.MyTitles.open(driver, base.toString());
        assertThat(start.heading()).isEqualTo("Danh hiệu học tập của tôi");
        TitlesPages.Form form = start.startCitizen("Người lao động, nông dân");
        assertThat(form.heading()).isEqualTo("Công dân học tập " + Titles.year());
        assertThat(form.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
        assertThat(form.stepOf()).isEqualTo("Bước 1 / 4");
        assertThat(form.criterion()).contains("Năng lực tự học và học tập suốt đời");
        assertThat(form.indicatorsShown()).containsExactly(1, 2, 3, 4);
        assertThat(form.fitsWidth()).as("the form fits a 360 px phone").isTrue();
        long id = form.id();

        for (int n = 1; n <= 4; n++) {
            form.answer(n, 8, "Minh chứng cho chỉ số " + n);
        }
        assertThat(form.score()).isEqualTo("Tổng điểm: 32/100");
        assertThat(form.missing()).contains("Chỉ số 5 chưa chấm điểm.");
        Browser.screenshot(driver, "titles-form-step1-phone");
        form.next();
        assertThat(form.stepOf()).isEqualTo("Bước 2 / 4");
        assertThat(form.indicatorsShown()).containsExactly(5, 6, 7);
        form.answer(5, 9, "Tài khoản định danh điện tử mức 2").answer(6, 4, "Biết chào hỏi tiếng Anh").answer(7, 8, "Sổ thu chi");
        assertThat(form.missing()).as("the live explanation").contains("Chỉ số 6 dưới 5 điểm.");
        Browser.screenshot(driver, "titles-form-missing-phone");
        form.answer(6, 7, "Biết chào hỏi, hỏi đường bằng tiếng Anh");
        assertThat(form.missing()).doesNotContain("Chỉ số 6");
        form.next();
        assertThat(form.indicatorsShown()).containsExactly(8, 9, 10);
        form.answer(8, 10, "Xác nhận của tổ dân phố").answer(9, 8, "Quỹ khuyến học").answer(10, 8, "Hướng dẫn hàng xóm dùng VNeID");
        assertThat(form.score()).isEqualTo("Tổng điểm: 82/100");
        form.next();
        assertThat(form.stepOf()).isEqualTo("Bước 4 / 4");
        TitlesPages.Form submitted = form.submit();
        assertThat(submitted.status()).isEqualTo("Đã gửi, chờ xét duyệt");
        assertThat(submitted.infoMessages()).contains("Đã gửi bản tự đánh giá để xét duyệt.");

        signInAs(Titles.MANAGER_BD, Titles.PASSWORD);
        TitlesPages.Queue queue = TitlesPages.Queue.open(driver, base.toString(), ward);
        assertThat(queue.subjects()).contains(name);
        assertThat(queue.fitsWidth()).as("the queue fits a 360 px phone").isTrue();
        TitlesPages.Review review = queue.open(name);
        assertThat(review.bodyText()).contains("Biết chào hỏi, hỏi đường bằng tiếng Anh", "7 / 10");
        TitlesPages.Review returned = review.sendBack("Đề nghị bổ sung minh chứng lớp học ở chỉ số 2.");
        assertThat(returned.status()).isEqualTo("Trả lại để bổ sung");

        signInAs(citizen, Residents.PASSWORD);
        TitlesPages.Form again = TitlesPages.Form.open(driver, base.toString(), id);
        assertThat(again.status()).isEqualTo("Trả lại để bổ sung");
        assertThat(again.reviewComment()).contains("Đề nghị bổ sung minh chứng lớp học ở chỉ số 2.");
        again.answer(2, 10, "Giấy chứng nhận lớp kỹ năng số, tháng 3");
        assertThat(again.score()).isEqualTo("Tổng điểm: 84/100");
        again.next().next().next();
        TitlesPages.Form resubmitted = again.submit();
        assertThat(resubmitted.status()).isEqualTo("Đã gửi, chờ xét duyệt");

        signInAs(Titles.MANAGER_BD, Titles.PASSWORD);
        TitlesPages.Review accepted = TitlesPages.Review.open(driver, base.toString(), id).accept();
        assertThat(accepted.status()).isEqualTo("Đã chấp nhận, chờ quyết định");
        String number = Titles.decisionNumber();
        TitlesPages.Decisions decisions = TitlesPages.Decisions.open(driver, base.toString(), ward)
                .issue(name, number, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "Nguyễn Văn Hùng");
        assertThat(decisions.infoMessages()).contains("Đã ban hành Quyết định số " + number);
        String code = decisions.codeOf(name);
        Browser.screenshot(driver, "titles-decision-phone");

        TitlesPages.Coverage after = TitlesPages.Coverage.open(driver, base.toString(), ward);
        assertThat(after.recognisedCitizens()).as("the ward's count rises").isEqualTo(recognisedBefore + 1);
        Browser.screenshot(driver, "titles-coverage-phone");

        driver.manage().deleteAllCookies();
        VerifyPage verify = VerifyPage.open(driver, base.toString(), code);
        assertThat(verify.facts()).contains(name, "Công dân học tập năm " + Titles.year(), number, "Ủy ban nhân dân phường Bồ Đề");
        assertThat(verify.fitsWidth()).isTrue();
        Browser.screenshot(driver, "titles-verify-phone");
    }
}
