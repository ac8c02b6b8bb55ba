package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

/** /manager/material-edit.xhtml: a manager describes a new material and uploads its file. */
public class MaterialFormPage extends PortalPage {

    public MaterialFormPage(WebDriver driver) {
        super(driver);
    }

    public static MaterialFormPage open(WebDriver driver, String base) {
        driver.get(base + "manager/material-edit.xhtml");
        return new MaterialFormPage(driver);
    }

    public MaterialFormPage publisher(String visibleText) {
        choose(By.id("material:centre"), visibleText);
        return this;
    }

    /** Chooses the file; the upload starts at once (with its progress bar) and the page says what arrived. */
    public MaterialFormPage upload(Path file) {
        driver.findElement(By.cssSelector("input[type=file][id='material:file_input']")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100)).ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.cssSelector(".staged-file")).isEmpty()
                        || !d.findElements(By.cssSelector("[id='material:staged'] .ui-message-error")).isEmpty());
        return this;
    }

    public String uploaded() {
        return driver.findElements(By.cssSelector(".staged-file")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public MaterialFormPage describe(String title, String description, String subject, String... audiences) {
        type(By.id("material:title"), title);
        type(By.id("material:description"), description);
        choose(By.id("material:subject"), subject);
        for (String audience : audiences) {
            var box = driver.findElement(By.xpath("//label[normalize-space()='" + audience + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", box);
            box.click();
        }
        return this;
    }

    /** The material's page when saved, or this form with its messages. */
    public PortalPage save() {
        click(By.id("material:save"));
        return driver.getCurrentUrl().contains("/material.xhtml") ? new MaterialPage(driver) : new MaterialFormPage(driver);
    }
}
