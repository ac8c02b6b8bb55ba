package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /manager/course.xhtml: a course for its manager, its status steps and the new-class form. */
public class ManagedCoursePage extends PortalPage {

    public ManagedCoursePage(WebDriver driver) {
        super(driver);
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    public String descriptionHtml() {
        return driver.findElement(By.id("description")).getAttribute("innerHTML");
    }

    public CourseFormPage edit() {
        click(By.id("status-form:edit"));
        return new CourseFormPage(driver);
    }

    public ManagedCoursePage moveTo(String status) {
        click(By.cssSelector("#status-form .status-" + status));
        return new ManagedCoursePage(driver);
    }

    /** Opens a class taught by a teacher of the centre; dates as yyyy-MM-dd. */
    public PortalPage openClass(String teacher, String venue, int capacity, String startDate, String endDate) {
        choose(By.id("newClass:teacherId"), teacher);
        choose(By.id("newClass:venueId"), venue);
        type(By.id("newClass:capacity"), Integer.toString(capacity));
        setValue(By.id("newClass:startDate"), startDate);
        setValue(By.id("newClass:endDate"), endDate);
        click(By.id("newClass:add"));
        return driver.getCurrentUrl().contains("/manager/class.xhtml") ? new ClassPlanPage(driver) : new ManagedCoursePage(driver);
    }
}
