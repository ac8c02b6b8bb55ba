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
import vn.hoctap.portal.it.SearchIndex;

import java.net.URL;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident searches the open learning materials on a phone (360 px), typing without diacritics. */
@ExtendWith(ArquillianExtension.class)
class SearchJourneyIT {

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
    void a_resident_types_ky_nang_song_and_opens_a_highlighted_life_skills_material() {
        SearchIndex.ready(base);
        driver = Browser.phone();
        LoginPage.open(driver, base.toString()).signIn("nguoihoc@hoctap.demo", "Hoctap2026");

        assertThat(SearchPage.typeInHeader(driver, "ky na").suggestions()).as("titles offered while typing")
                .isNotEmpty().allSatisfy(title -> assertThat(title.toLowerCase(Locale.ROOT)).contains("kỹ năng"));

        SearchPage results = SearchPage.typeInHeader(driver, "ky nang song").submitHeaderSearch();
        assertThat(results.heading()).isEqualTo("Tìm học liệu");
        assertThat(results.total()).isPositive();
        SearchPage.Hit first = results.hits().get(0);
        assertThat(first.title().toLowerCase(Locale.ROOT)).contains("kỹ năng sống");
        assertThat(first.markedInTitle()).as("the words typed without tones are marked in the title")
                .isNotEmpty().allSatisfy(marked -> assertThat(marked.toLowerCase(Locale.ROOT)).isIn("kỹ", "năng", "sống", "kỹ năng sống"));
        assertThat(results.fitsWidth()).as("nothing to scroll sideways on a phone").isTrue();
        Browser.screenshot(driver, "search-ky-nang-song");

        MaterialPage material = results.openHit(0);
        assertThat(material.heading()).isEqualTo(first.title());
        Browser.screenshot(driver, "search-opened-material");
    }
}
