package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** /manager/roster.xhtml: a class's learners, sessions and, for its manager, enrolment. */
public class RosterPage extends PortalPage {

    public RosterPage(WebDriver driver) {
        super(driver);
    }

    public static RosterPage open(WebDriver driver, String base, long classId) {
        driver.get(base + "manager/roster.xhtml?class=" + classId);
        return new RosterPage(driver);
    }

    public List<String> learners() {
        return driver.findElements(By.cssSelector("#learners-form\\:learners .learner-name")).stream()
                .map(WebElement::getText).toList();
    }

    public String seats() {
        return driver.findElement(By.id("seats")).getText();
    }

    /** Records a walk-in and enrols them; a null birth year leaves the field empty. */
    public RosterPage enrolWalkIn(String fullName, String birthYear, String group) {
        type(By.id("walkin:fullName"), fullName);
        type(By.id("walkin:birthYear"), birthYear);
        choose(By.id("walkin:residentialGroupId"), group);
        click(By.id("walkin:enrol-new"));
        return new RosterPage(driver);
    }

    /** Cancels a learner's enrolment, confirming in the dialog. */
    public RosterPage cancel(String fullName) {
        WebElement row = driver.findElements(By.cssSelector("#learners-form\\:learners tr.learner")).stream()
                .filter(r -> r.findElement(By.cssSelector(".learner-name")).getText().equals(fullName))
                .findFirst().orElseThrow(() -> new AssertionError("no learner " + fullName));
        WebElement button = row.findElement(By.cssSelector("button[id$=':cancel']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", button);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        return new RosterPage(driver);
    }

    public ResultsPage openResults() {
        click(By.id("results-link"));
        return new ResultsPage(driver);
    }
}
