package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.DayOfWeek;
import java.util.List;

/** /manager/class.xhtml: a manager plans a class's sessions and sees the clashes. */
public class ClassPlanPage extends PortalPage {

    public ClassPlanPage(WebDriver driver) {
        super(driver);
    }

    /** Weekly sessions on the given days, hours as HH:mm, the first day as yyyy-MM-dd. */
    public ClassPlanPage planWeekly(List<DayOfWeek> days, String from, String to, String firstDay, int weeks) {
        for (DayOfWeek day : DayOfWeek.values()) {
            WebElement box = driver.findElement(By.id("weekly:days:" + (day.getValue() - 1)));
            if (box.isSelected() != days.contains(day)) {
                box.click();
            }
        }
        setValue(By.id("weekly:from"), from);
        setValue(By.id("weekly:to"), to);
        setValue(By.id("weekly:firstDay"), firstDay);
        type(By.id("weekly:weeks"), Integer.toString(weeks));
        click(By.id("weekly:plan"));
        return new ClassPlanPage(driver);
    }

    public List<String> clashes() {
        return driver.findElements(By.cssSelector("#clash-list li")).stream().map(WebElement::getText).toList();
    }

    public boolean offersToShareTheVenue() {
        return !driver.findElements(By.id("share:share-venue")).isEmpty();
    }

    public int sessionCount() {
        return Integer.parseInt(driver.findElement(By.id("session-count")).getText());
    }

    public ManagedCoursePage backToCourse() {
        click(By.linkText("‹ Về khóa học"));
        return new ManagedCoursePage(driver);
    }
}
