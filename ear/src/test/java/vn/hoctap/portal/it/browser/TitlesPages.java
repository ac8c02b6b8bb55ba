package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** Page objects of the learning titles: the resident's start page and form, the reviewer's queue, review and decisions, the coverage. */
final class TitlesPages {

    private TitlesPages() {
    }

    /**
     * Presses a button that asks first, and says yes in the dialog (a full-page submit follows).
     * Both presses are the elements' own click(): under the phone emulation a synthesised tap on a
     * button far down a long page sometimes never reached its onclick (the dialog stayed hidden),
     * while calling it shows the dialog at once.
     */
    static void confirm(PortalPage page, WebDriver driver, By button) {
        WebElement element = driver.findElement(button);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();", element);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        } catch (org.openqa.selenium.TimeoutException noDialog) {
            Browser.screenshot(driver, "confirm-missing");
            throw new AssertionError("no confirmation dialog after " + button + " on " + driver.getCurrentUrl(), noDialog);
        }
        js.executeScript("window.portalPreviousPage = true; document.querySelector('.ui-confirmdialog-yes').click();");
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.portalPreviousPage === undefined && document.readyState === 'complete';")));
    }

    /** Waits until the PrimeFaces ajax queue is empty (an answer was saved and the score redrawn). */
    static void settle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** /me/titles.xhtml */
    static final class MyTitles extends PortalPage {

        MyTitles(WebDriver driver) {
            super(driver);
        }

        static MyTitles open(WebDriver driver, String base) {
            driver.get(base + "me/titles.xhtml");
            return new MyTitles(driver);
        }

        /** Starts this year's learning-citizen self-assessment for the group shown as {@code groupLabel}. */
        Form startCitizen(String groupLabel) {
            choose(By.id("start:group"), groupLabel);
            click(By.id("start:go"));
            return new Form(driver);
        }
    }

    /** /me/assessment.xhtml?id=… */
    static final class Form extends PortalPage {

        Form(WebDriver driver) {
            super(driver);
        }

        static Form open(WebDriver driver, String base, long id) {
            driver.get(base + "me/assessment.xhtml?id=" + id);
            return new Form(driver);
        }

        long id() {
            return Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }

        String status() {
            return driver.findElement(By.id("status")).getText();
        }

        String stepOf() {
            return driver.findElement(By.id("step-of")).getText();
        }

        String criterion() {
            return driver.findElement(By.id("criterion-title")).getText();
        }

        List<Integer> indicatorsShown() {
            return driver.findElements(By.cssSelector("input.points-input")).stream()
                    .map(e -> Integer.parseInt(e.getDomAttribute("data-indicator"))).toList();
        }

        /** Types the points and the evidence of an indicator on this step; leaving the field saves it. */
        Form answer(int indicator, int points, String evidence) {
            WebElement field = driver.findElement(By.cssSelector("input.points-input[data-indicator='" + indicator + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", field);
            field.clear();
            field.sendKeys(String.valueOf(points));
            WebElement text = driver.findElement(By.cssSelector("textarea.evidence-input[data-indicator='" + indicator + "']"));
            text.click();
            settle(driver);
            text.clear();
            text.sendKeys(evidence);
            driver.findElement(By.id("score-total")).click();
            settle(driver);
            return this;
        }

        String score() {
            return driver.findElement(By.id("score-total")).getText();
        }

        String missing() {
            List<WebElement> list = driver.findElements(By.id("missing"));
            return list.isEmpty() ? "" : list.get(0).getText();
        }

        Form next() {
            driver.findElement(By.id("form:next")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(
                    driver.findElement(By.id("step-of"))));
            settle(driver);
            return this;
        }

        /** On the final step: consents to publication and submits, confirming. */
        Form submit() {
            WebElement consent = driver.findElement(By.id("form:consent"));
            if (!consent.isSelected()) {
                consent.click();
                settle(driver);
            }
            confirm(this, driver, By.id("form:submit"));
            return new Form(driver);
        }

        String reviewComment() {
            return driver.findElement(By.id("review-comment")).getText();
        }
    }

    /** /manager/titles.xhtml */
    static final class Queue extends PortalPage {

        Queue(WebDriver driver) {
            super(driver);
        }

        static Queue open(WebDriver driver, String base, long ward) {
            driver.get(base + "manager/titles.xhtml?ward=" + ward);
            return new Queue(driver);
        }

        List<String> subjects() {
            return driver.findElements(By.cssSelector("a.review-link")).stream().map(WebElement::getText).toList();
        }

        Review open(String subject) {
            WebElement link = driver.findElements(By.cssSelector("a.review-link")).stream()
                    .filter(a -> a.getText().equals(subject)).findFirst().orElseThrow(() -> new AssertionError("not queued: " + subject));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", link);
            click(By.linkText(subject));
            return new Review(driver);
        }
    }

    /** /manager/title-review.xhtml?id=… */
    static final class Review extends PortalPage {

        Review(WebDriver driver) {
            super(driver);
        }

        static Review open(WebDriver driver, String base, long id) {
            driver.get(base + "manager/title-review.xhtml?id=" + id);
            return new Review(driver);
        }

        String status() {
            return driver.findElement(By.id("status")).getText();
        }

        Review sendBack(String comment) {
            type(By.id("review:comment"), comment);
            confirm(this, driver, By.id("review:send-back"));
            return new Review(driver);
        }

        Review accept() {
            confirm(this, driver, By.id("review:accept"));
            return new Review(driver);
        }
    }

    /** /manager/title-decisions.xhtml?ward=… */
    static final class Decisions extends PortalPage {

        Decisions(WebDriver driver) {
            super(driver);
        }

        static Decisions open(WebDriver driver, String base, long ward) {
            driver.get(base + "manager/title-decisions.xhtml?ward=" + ward);
            return new Decisions(driver);
        }

        /** Picks the accepted assessment whose label starts with the name, fills the decision and issues it. */
        Decisions issue(String subject, String number, String isoDate, String signer) {
            WebElement label = driver.findElements(By.cssSelector("#decision\\:picked label")).stream()
                    .filter(l -> l.getText().startsWith(subject)).findFirst()
                    .orElseThrow(() -> new AssertionError("not accepted: " + subject));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", label);
            label.click();
            type(By.id("decision:number"), number);
            setValue(By.id("decision:decidedOn"), isoDate);
            type(By.id("decision:signer"), signer);
            confirm(this, driver, By.id("decision:issue"));
            return new Decisions(driver);
        }

        /** The verification code printed beside the holder in the decisions issued. */
        String codeOf(String holder) {
            return driver.findElements(By.cssSelector("#decisions li")).stream().filter(li -> li.getText().startsWith(holder))
                    .findFirst().orElseThrow(() -> new AssertionError("no certificate for " + holder))
                    .findElement(By.cssSelector("a.verify-code")).getText();
        }
    }

    /** /manager/title-coverage.xhtml?ward=… */
    static final class Coverage extends PortalPage {

        Coverage(WebDriver driver) {
            super(driver);
        }

        static Coverage open(WebDriver driver, String base, long ward) {
            driver.get(base + "manager/title-coverage.xhtml?ward=" + ward);
            return new Coverage(driver);
        }

        long recognisedCitizens() {
            return Long.parseLong(driver.findElement(By.cssSelector("#totals tr.total-CITIZEN td.recognised")).getText().strip());
        }

        boolean hasChart() {
            return !driver.findElements(By.cssSelector(".chart-box canvas")).isEmpty();
        }
    }
}
