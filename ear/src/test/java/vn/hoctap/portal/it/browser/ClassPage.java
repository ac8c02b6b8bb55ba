package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /class.xhtml: a class's public page, with the enrol button for a signed-in resident. */
public class ClassPage extends PortalPage {

    public ClassPage(WebDriver driver) {
        super(driver);
    }

    public static ClassPage open(WebDriver driver, String base, long classId) {
        driver.get(base + "class.xhtml?id=" + classId);
        return new ClassPage(driver);
    }

    public ClassPage enrol() {
        click(By.id("enrolment:enrol"));
        return new ClassPage(driver);
    }

    public String myStatus() {
        return driver.findElement(By.id("my-status")).getText();
    }
}
