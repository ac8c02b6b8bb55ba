package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** What every page of the portal has: the header, the heading, messages, the language switch. */
public class PortalPage {

    protected final WebDriver driver;

    public PortalPage(WebDriver driver) {
        this.driver = driver;
    }

    public String heading() {
        return driver.findElement(By.id("page-title")).getText();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<String> errorMessages() {
        return driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error"))
                .stream().map(WebElement::getText).toList();
    }

    public String infoMessages() {
        return driver.findElements(By.cssSelector(".ui-messages-info")).stream()
                .map(WebElement::getText).reduce("", String::concat);
    }

    public int viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).intValue();
    }

    /** True when the page fits the window's width: nothing to scroll sideways on a phone. */
    public boolean fitsWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) overflow).intValue() <= 0;
    }

    public PortalPage switchTo(String language) {
        click(By.id("language-form:lang-" + language));
        return this;
    }

    public boolean isSignedIn() {
        return !driver.findElements(By.id("signout-form:signout")).isEmpty();
    }

    public void signOut() {
        click(By.id("signout-form:signout"));
    }

    protected void click(By by) {
        WebElement element = driver.findElement(by);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.portalPreviousPage = true; arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
        // every action here is a full-page POST(-redirect-GET): wait until a new, loaded document is
        // there; while the old one is torn down the driver may answer with transient errors
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.portalPreviousPage === undefined && document.readyState === 'complete';")));
    }

    /** Date and time inputs take their value as the browser's own format differs by locale. */
    protected void setValue(By by, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(by), value);
    }

    protected void choose(By by, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(by)).selectByVisibleText(visibleText);
    }

    protected void type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        if (text != null) {
            field.sendKeys(text);
        }
    }
}
