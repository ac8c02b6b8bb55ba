package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** /manager/teaching.xhtml: a teacher's classes, each with the session to mark now. */
public class TeachingPage extends PortalPage {

    public TeachingPage(WebDriver driver) {
        super(driver);
    }

    public static TeachingPage open(WebDriver driver, String base) {
        driver.get(base + "manager/teaching.xhtml");
        return new TeachingPage(driver);
    }

    public List<String> classCodes() {
        return driver.findElements(By.cssSelector(".taught-class .reference")).stream().map(WebElement::getText).toList();
    }

    /** Taps "mark the session" on the card of the class with this code. */
    public AttendancePage markNow(String classCode) {
        if (!classCodes().contains(classCode)) {
            throw new AssertionError("no class " + classCode + " on " + bodyText());
        }
        click(By.xpath("//article[contains(@class,'taught-class')][.//p[contains(@class,'reference') and normalize-space()='"
                + classCode + "']]//a[contains(@class,'mark-now')]"));
        return new AttendancePage(driver);
    }
}
