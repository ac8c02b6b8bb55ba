package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** /manager/event-report.xhtml?campaign=…: the report after the week. */
public class EventReportPage extends PortalPage {

    public EventReportPage(WebDriver driver) {
        super(driver);
    }

    public static EventReportPage open(WebDriver driver, String base, long campaign) {
        driver.get(base + "manager/event-report.xhtml?campaign=" + campaign);
        return new EventReportPage(driver);
    }

    public String totalPresent() {
        return driver.findElement(By.id("total-present")).getText();
    }

    public String wardRow(String wardCode) {
        return driver.findElement(By.cssSelector("#by-ward tr.ward-" + wardCode)).getText();
    }

    /** How many of the page's charts Chart.js has drawn (waits a little for them). */
    public int chartsDrawn() {
        String script = "return Array.from(document.querySelectorAll('.chart-box canvas'))"
                + ".filter(c => window.Chart && Chart.getChart(c) && c.width > 0).length;";
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(200)).ignoring(WebDriverException.class)
                    .until(d -> ((Number) ((JavascriptExecutor) d).executeScript(script)).intValue() >= 2);
        } catch (org.openqa.selenium.TimeoutException notAll) {
            // answer what is drawn
        }
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).intValue();
    }

    /** Brings the element with this id to the top of the screen (for a screenshot of it). */
    public void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView({block:'start'});", id);
    }

    public String downloadLink(String format) {
        return driver.findElement(By.id(format + "-link")).getAttribute("href");
    }
}
