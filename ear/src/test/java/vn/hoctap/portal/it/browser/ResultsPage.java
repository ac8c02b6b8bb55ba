package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /manager/results.xhtml: each learner's result, then the certificates. */
public class ResultsPage extends PortalPage {

    public ResultsPage(WebDriver driver) {
        super(driver);
    }

    private WebElement row(String fullName) {
        return driver.findElements(By.cssSelector(".result-row")).stream()
                .filter(r -> r.findElement(By.cssSelector("legend")).getText().startsWith(fullName))
                .findFirst().orElseThrow(() -> new AssertionError("no learner " + fullName + " on " + bodyText()));
    }

    public ResultsPage choose(String fullName, String result) {
        new org.openqa.selenium.support.ui.Select(row(fullName).findElement(By.tagName("select"))).selectByVisibleText(result);
        return this;
    }

    public ResultsPage save() {
        click(By.id("results:save"));
        return new ResultsPage(driver);
    }

    private WebElement certificateLine(String fullName) {
        return driver.findElements(By.cssSelector(".certificate-line")).stream()
                .filter(r -> r.findElement(By.cssSelector(".learner-name")).getText().equals(fullName))
                .findFirst().orElseThrow(() -> new AssertionError("no completed learner " + fullName));
    }

    public ResultsPage issue(String fullName) {
        click(By.id(certificateLine(fullName).findElement(By.cssSelector("button")).getAttribute("id")));
        return new ResultsPage(driver);
    }

    public String certificateCode(String fullName) {
        return certificateLine(fullName).findElement(By.cssSelector(".code")).getText();
    }
}
