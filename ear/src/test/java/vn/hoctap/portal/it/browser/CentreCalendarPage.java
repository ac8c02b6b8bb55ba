package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** /manager/calendar.xhtml: the centre's timetable (week view), where sessions are dragged. */
public class CentreCalendarPage extends PortalPage {

    public CentreCalendarPage(WebDriver driver) {
        super(driver);
    }

    public static CentreCalendarPage open(WebDriver driver, String base, long centreId, long venueId, String date) {
        driver.get(base + "manager/calendar.xhtml?centre=" + centreId + "&venue=" + venueId + "&date=" + date);
        CentreCalendarPage page = new CentreCalendarPage(driver);
        page.waitForEvents();
        return page;
    }

    private void waitForEvents() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".fc-timegrid-event")).isEmpty());
    }

    public List<String> events() {
        return driver.findElements(By.cssSelector(".fc-timegrid-event")).stream().map(WebElement::getText).toList();
    }

    /**
     * Drags the first session whose text contains {@code text} by whole days and half hours, as
     * a manager would with the mouse, and waits for the server's answer.
     */
    public CentreCalendarPage drag(String text, int days, int halfHours) {
        WebElement event = driver.findElements(By.cssSelector(".fc-timegrid-event")).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElseThrow();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block:'center'});", event);
        long columnWidth = Math.round(((Number) js.executeScript(
                "return document.querySelector('.fc-timegrid-col.fc-day').getBoundingClientRect().width;")).doubleValue());
        long slotHeight = Math.round(((Number) js.executeScript(
                "return document.querySelector('.fc-timegrid-slot').getBoundingClientRect().height;")).doubleValue());
        js.executeScript("window.portalMoveAnswered = false;"
                + "jQuery(document).one('pfAjaxComplete', function(){ window.portalMoveAnswered = true; });");
        new Actions(driver).moveToElement(event).clickAndHold().pause(Duration.ofMillis(300))
                .moveByOffset(5, 5).pause(Duration.ofMillis(200))
                .moveByOffset((int) (days * columnWidth) - 5, (int) (halfHours * slotHeight) - 5).pause(Duration.ofMillis(300))
                .release().perform();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.portalMoveAnswered;")));
        waitForEvents();
        return this;
    }

    public CentreCalendarPage allowSharingTheVenue() {
        driver.findElement(By.cssSelector("[id='calendar:shareVenue'] .ui-chkbox-box")).click();
        return this;
    }
}
