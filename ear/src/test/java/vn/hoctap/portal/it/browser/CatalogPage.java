package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** /catalog.xhtml: the filters and the class cards. */
public class CatalogPage extends PortalPage {

    public CatalogPage(WebDriver driver) {
        super(driver);
    }

    public static CatalogPage open(WebDriver driver, String base) {
        driver.get(base + "catalog.xhtml");
        return new CatalogPage(driver);
    }

    /** Opens the folded filters (closed on a page without filters). */
    public CatalogPage moreFilters() {
        WebElement details = driver.findElement(By.id("more-filters"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return this;
    }

    public CatalogPage timeOfDay(String value) {
        new Select(driver.findElement(By.id("time"))).selectByValue(value);
        return this;
    }

    public CatalogPage check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    public CatalogPage search() {
        click(By.id("search"));
        return new CatalogPage(driver);
    }

    public List<WebElement> classCards() {
        return driver.findElements(By.cssSelector("#classes .class-card"));
    }

    public String selectedTime() {
        return new Select(driver.findElement(By.id("time"))).getFirstSelectedOption().getAttribute("value");
    }

    public boolean checked(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    public PortalPage openFirstClass() {
        click(By.cssSelector("#classes .class-card h2 a"));
        return new PortalPage(driver);
    }
}
