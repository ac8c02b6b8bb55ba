package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /me/learning.xhtml: a resident's classes, waitlist places and private calendar address. */
public class MyLearningPage extends PortalPage {

    public MyLearningPage(WebDriver driver) {
        super(driver);
    }

    public static MyLearningPage open(WebDriver driver, String base) {
        driver.get(base + "me/learning.xhtml");
        return new MyLearningPage(driver);
    }

    /** The card of a class, by its title. */
    public String card(String title) {
        return driver.findElements(By.cssSelector("#enrolments .enrolment")).stream()
                .map(WebElement::getText).filter(text -> text.contains(title)).findFirst().orElse("");
    }

    public String feedUrl() {
        return driver.findElement(By.id("feed-url")).getAttribute("value");
    }
}
