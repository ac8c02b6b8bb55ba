package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    /** What the page shows of the extraction at one instant (one script: the poll may replace it any time). */
    public record ExtractionShown(String status, boolean progressBar, String text) {
    }

    public ExtractionShown extraction() {
        try {
            Object shown = ((JavascriptExecutor) driver).executeScript("""
                    var panel = document.getElementById('manage:extraction-panel');
                    var e = panel && panel.querySelector('.extraction');
                    return e ? [e.getAttribute('data-status'), e.querySelector('.ui-progressbar') !== null, panel.innerText] : null;""");
            if (shown instanceof List<?> values) {
                return new ExtractionShown((String) values.get(0), (Boolean) values.get(1), (String) values.get(2));
            }
        } catch (WebDriverException replacedMeanwhile) {
            // the poll's update was under way: ask again
        }
        return new ExtractionShown("", false, "");
    }

    /**
     * Watches the page update itself (its poll) until the extraction is finished, keeping every
     * state it showed on the way, in order, without repeats of a status.
     */
    public List<ExtractionShown> watchExtraction() {
        List<ExtractionShown> seen = new ArrayList<>();
        new WebDriverWait(driver, Duration.ofMinutes(3), Duration.ofMillis(50)).until(d -> {
            ExtractionShown now = extraction();
            if (!now.status().isEmpty() && (seen.isEmpty() || !seen.get(seen.size() - 1).status().equals(now.status()))) {
                seen.add(now);
                if (now.status().equals("EXTRACTING")) {
                    Browser.screenshot(driver, "material-extracting-phone");
                }
            }
            return now.status().equals("DONE") || now.status().equals("FAILED");
        });
        return seen;
    }

    /** Waits until the page (updated by its poll) shows what is asked for. */
    public void waitUntil(java.util.function.Predicate<ExtractionShown> shown) {
        new WebDriverWait(driver, Duration.ofMinutes(1), Duration.ofMillis(100)).until(d -> shown.test(extraction()));
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
