package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** /material.xhtml?id=…: a material's page; for its managers, the extraction and the status steps. */
public class MaterialPage extends PortalPage {

    public MaterialPage(WebDriver driver) {
        super(driver);
    }

    public static MaterialPage open(WebDriver driver, String base, long id) {
        driver.get(base + "material.xhtml?id=" + id);
        return new MaterialPage(driver);
    }

    public long id() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** The extraction's status as the page shows it now (QUEUED, EXTRACTING, DONE, FAILED), or "" without one. */
    public String extractionStatus() {
        try {
            return driver.findElements(By.cssSelector("[id='manage:extraction-panel'] .extraction")).stream()
                    .map(e -> e.getAttribute("data-status")).findFirst().orElse("");
        } catch (WebDriverException replacedMeanwhile) {
            return "";
        }
    }

    public String extractionText() {
        return driver.findElement(By.id("manage:extraction-panel")).getText();
    }

    public boolean showsProgressBar() {
        return !driver.findElements(By.cssSelector("[id='manage:extraction-panel'] .ui-progressbar")).isEmpty();
    }

    /**
     * Watches the page update itself (its poll) until the extraction is finished, keeping every
     * status it showed on the way, in order, without repeats.
     */
    public List<String> watchExtraction(Runnable onProgress) {
        List<String> seen = new ArrayList<>();
        new WebDriverWait(driver, Duration.ofMinutes(3), Duration.ofMillis(50)).until(d -> {
            String now = extractionStatus();
            if (!now.isEmpty() && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now))) {
                seen.add(now);
                if (now.equals("EXTRACTING")) {
                    onProgress.run();
                }
            }
            return now.equals("DONE") || now.equals("FAILED");
        });
        return seen;
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    public MaterialPage publish() {
        click(By.id("manage:publish"));
        return this;
    }

    public String excerpt() {
        return driver.findElements(By.id("excerpt")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String pdfPreview() {
        return driver.findElements(By.id("pdf-preview")).stream().map(e -> e.getAttribute("data")).findFirst().orElse("");
    }

    public String downloadLink() {
        return driver.findElement(By.id("download")).getAttribute("href");
    }
}
