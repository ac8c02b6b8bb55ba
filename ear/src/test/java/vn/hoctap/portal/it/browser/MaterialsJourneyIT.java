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
import vn.hoctap.portal.it.Materials;
import vn.hoctap.portal.materials.SampleFiles;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing materials on a phone (360 px). */
@ExtendWith(ArquillianExtension.class)
class MaterialsJourneyIT {

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

    @Test
    void an_administrator_uploads_a_pdf_sees_its_text_extracted_publishes_it_and_opens_its_public_page() throws IOException {
        String title = Materials.title("Sổ tay phòng chống đuối nước cho trẻ em");
        // two hundred pages, so that there is likely something to watch while the text is extracted (the
        // test asserts what it saw, in order, and the end: a fast machine may show the end at once)
        String[] pages = IntStream.rangeClosed(1, 200).mapToObj(n -> "Bài " + n + ": Dạy trẻ biết bơi và an toàn khi ở gần ao, hồ, sông.\n"
                + "Không để trẻ chơi một mình gần nước. Hướng dẫn sơ cứu khi đuối nước.").toArray(String[]::new);
        Path pdf = SampleFiles.pdf(Files.createDirectories(Path.of(System.getProperty("portal.test.dir"), "samples"))
                .resolve("so-tay-duoi-nuoc.pdf"), pages);
        driver = Browser.phone();
        LoginPage.open(driver, base.toString()).signIn(Materials.DISTRICT_ADMIN, Materials.PASSWORD);

        MaterialFormPage form = MaterialFormPage.open(driver, base.toString());
        assertThat(form.heading()).isEqualTo("Thêm học liệu");
        assertThat(form.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
        assertThat(form.fitsWidth()).as("the material form fits a 360 px phone").isTrue();
        form.publisher("Trung tâm học tập cộng đồng phường Ngọc Thụy").upload(pdf);
        assertThat(form.uploaded()).as("checked by content at once").contains("so-tay-duoi-nuoc.pdf", "PDF");
        Browser.screenshot(driver, "material-upload-phone");

        var saved = form.describe(title, "Hai trăm bài ngắn cho cha mẹ và thầy cô.", "Sức khỏe", "cha mẹ", "thanh thiếu niên")
                .save();
        assertThat(saved).as(saved.bodyText()).isInstanceOf(MaterialPage.class);
        MaterialPage page = (MaterialPage) saved;
        assertThat(page.heading()).isEqualTo(title);
        assertThat(page.infoMessages()).contains("Đã lưu học liệu dưới dạng bản nháp");
        assertThat(page.status()).isEqualTo("Bản nháp");

        List<MaterialPage.ExtractionShown> seen = page.watchExtraction();
        List<String> order = List.of("QUEUED", "EXTRACTING", "DONE");
        assertThat(seen).extracting(MaterialPage.ExtractionShown::status).as("statuses shown, in order")
                .isSubsetOf(order).endsWith("DONE").doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.comparing(order::indexOf));
        assertThat(seen).filteredOn(shown -> shown.status().equals("EXTRACTING"))
                .allSatisfy(shown -> {
                    assertThat(shown.progressBar()).as("a progress bar while extracting").isTrue();
                    assertThat(shown.text()).as("pages, or characters before the first page is done").containsPattern("Trang \\d+/200|[\\d.]+ ký tự");
                });
        assertThat(seen.get(seen.size() - 1).text()).containsPattern("Đã trích xuất nội dung \\([\\d.]+ ký tự\\)");
        assertThat(page.fitsWidth()).as("the material page fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "material-extracted-phone");

        // the progress as a long extraction shows it, made certain: the version's row says page 9 of 40,
        // then 30 of 40, then done again, and the open page follows by itself
        long id = page.id();
        String version = "material_id = " + id;
        try {
            Database.update("update material_version set extraction = 'EXTRACTING', pages_done = 9, pages_total = 40 where " + version);
            driver.navigate().refresh();
            MaterialPage.ExtractionShown extracting = page.extraction();
            assertThat(extracting.status()).isEqualTo("EXTRACTING");
            assertThat(extracting.progressBar()).isTrue();
            assertThat(extracting.text()).contains("Đang trích xuất nội dung", "22%", "Trang 9/40");
            Browser.screenshot(driver, "material-extracting-phone");
            Database.update("update material_version set pages_done = 30 where " + version);
            page.waitUntil(shown -> shown.text().contains("Trang 30/40") && shown.text().contains("75%"));
        } finally {
            Database.update("update material_version set extraction = 'DONE', pages_done = 200, pages_total = 200 where " + version);
        }
        page.waitUntil(shown -> shown.status().equals("DONE"));

        page.publish();
        assertThat(page.status()).isEqualTo("Đã đăng");

        driver.get(base + "manager/materials.xhtml?status=PUBLISHED");
        PortalPage list = new PortalPage(driver);
        assertThat(list.heading()).isEqualTo("Học liệu của tôi");
        assertThat(list.bodyText()).contains(title, "Đã đăng").containsPattern("Đã trích xuất nội dung \\([\\d.]+ ký tự\\)");
        assertThat(list.fitsWidth()).as("the materials list fits a 360 px phone").isTrue();
        Browser.screenshot(driver, "materials-list-phone");
        list.signOut();

        MaterialPage open = MaterialPage.open(driver, base.toString(), id);
        assertThat(open.heading()).isEqualTo(title);
        assertThat(open.bodyText()).contains("Trung tâm học tập cộng đồng phường Ngọc Thụy", "Sức khỏe", "thanh thiếu niên, cha mẹ", "Tải về")
                .doesNotContain("Quản lý học liệu");
        assertThat(open.pdfPreview()).endsWith("/api/materials/" + id + "/file");
        assertThat(open.downloadLink()).endsWith("/api/materials/" + id + "/file?download=true");
        assertThat(open.fitsWidth()).as("the public material page fits a 360 px phone").isTrue();
        assertThat(Http.at(base).getBytes("api/materials/" + id + "/file?download=true").body())
                .isEqualTo(Files.readAllBytes(pdf));
        Browser.screenshot(driver, "material-public-phone");
    }
}
