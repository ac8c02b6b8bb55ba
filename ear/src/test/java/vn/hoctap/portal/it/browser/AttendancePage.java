package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** /manager/attendance.xhtml: one session's sheet, everyone present until tapped absent. */
public class AttendancePage extends PortalPage {

    public AttendancePage(WebDriver driver) {
        super(driver);
    }

    public String sessionTime() {
        return driver.findElement(By.id("session-time")).getText();
    }

    public List<String> learners() {
        return driver.findElements(By.cssSelector(".mark__who")).stream().map(WebElement::getText).toList();
    }

    private WebElement line(String name) {
        return driver.findElements(By.cssSelector(".mark")).stream()
                .filter(m -> m.findElement(By.cssSelector(".mark__who")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no learner " + name + " on " + bodyText()));
    }

    /** A tap on the learner's name, as a finger would: the label toggles the absent box. */
    public AttendancePage tap(String name) {
        WebElement label = line(name).findElement(By.cssSelector(".mark__name"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", label);
        label.click();
        return this;
    }

    public boolean isAbsent(String name) {
        return line(name).findElement(By.cssSelector("input[type=checkbox]")).isSelected();
    }

    /** What the line says: the name and "có mặt" or "VẮNG", as shown. */
    public String lineText(String name) {
        return line(name).findElement(By.cssSelector(".mark__name")).getText();
    }

    /** The height of a learner's line, in CSS pixels: the target a finger hits. */
    public int lineHeight(String name) {
        return line(name).findElement(By.cssSelector(".mark__name")).getSize().getHeight();
    }

    public AttendancePage save() {
        click(By.id("attendance:save"));
        return new AttendancePage(driver);
    }
}
