package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The search box in every page's header, and /search.xhtml: the materials found, their facets. */
public class SearchPage extends PortalPage {

    public SearchPage(WebDriver driver) {
        super(driver);
    }

    /** One hit as the page shows it: its title, the parts of it marked as matches, its snippet. */
    public record Hit(String title, List<String> markedInTitle, String snippet) {
    }

    /** Types into the header's search box, as someone does before submitting. */
    public static SearchPage typeInHeader(WebDriver driver, String text) {
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.clear();
        box.sendKeys(text);
        return new SearchPage(driver);
    }

    /** The titles the box suggests for what is typed (they arrive while typing). */
    public List<String> suggestions() {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(d -> !d.findElements(By.cssSelector("#site-search-suggestions option")).isEmpty());
        return driver.findElements(By.cssSelector("#site-search-suggestions option")).stream()
                .map(option -> option.getAttribute("value")).toList();
    }

    public SearchPage submitHeaderSearch() {
        click(By.id("site-search-submit"));
        return this;
    }

    public long total() {
        return Long.parseLong(driver.findElement(By.id("total")).getText().strip());
    }

    public List<Hit> hits() {
        return driver.findElements(By.cssSelector("#hits .hit")).stream().map(hit -> new Hit(
                hit.findElement(By.cssSelector(".hit__title")).getText(),
                hit.findElements(By.cssSelector(".hit__title mark")).stream().map(WebElement::getText).toList(),
                hit.findElement(By.cssSelector(".hit__snippet")).getText())).toList();
    }

    /** The marked words of the hits' snippets. */
    public List<String> markedInSnippets() {
        return driver.findElements(By.cssSelector("#hits .hit__snippet mark")).stream().map(WebElement::getText).toList();
    }

    public MaterialPage openHit(int index) {
        click(By.cssSelector("#hits .hit:nth-of-type(" + (index + 1) + ") .hit__title"));
        return new MaterialPage(driver);
    }

    /** Narrows the results by a facet value, by its shown name. */
    public SearchPage narrowBy(String facetLabel) {
        click(By.xpath("//aside[@id='facets']//a[normalize-space(.)='" + facetLabel + "']"));
        return this;
    }
}
