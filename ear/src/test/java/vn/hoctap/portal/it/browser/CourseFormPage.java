package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /manager/course-edit.xhtml: a manager writes a new course or rewrites one. */
public class CourseFormPage extends PortalPage {

    public CourseFormPage(WebDriver driver) {
        super(driver);
    }

    public CourseFormPage fill(String programme, String title, String summary, String description,
                               Integer minAge, Integer maxAge) {
        choose(By.id("course:programme"), programme);
        type(By.id("course:title"), title);
        type(By.id("course:summary"), summary);
        var editor = driver.findElement(By.cssSelector("[id='course:description'] .ql-editor"));
        editor.clear();
        editor.sendKeys(description);
        type(By.id("course:minAge"), minAge == null ? null : minAge.toString());
        type(By.id("course:maxAge"), maxAge == null ? null : maxAge.toString());
        return this;
    }

    public CourseFormPage summary(String summary) {
        type(By.id("course:summary"), summary);
        return this;
    }

    /** The new course's page, or this form again with its messages. */
    public PortalPage save() {
        click(By.id("course:save"));
        return driver.getCurrentUrl().contains("/manager/course.xhtml") ? new ManagedCoursePage(driver) : new CourseFormPage(driver);
    }
}
