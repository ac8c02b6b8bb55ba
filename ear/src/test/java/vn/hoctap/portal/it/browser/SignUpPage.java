package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /signup.xhtml */
public class SignUpPage extends PortalPage {

    public SignUpPage(WebDriver driver) {
        super(driver);
    }

    public static SignUpPage open(WebDriver driver, String base) {
        driver.get(base + "signup.xhtml");
        return new SignUpPage(driver);
    }

    public SignUpPage fill(String fullName, String birthYear, String phone, String email, String groupLabelPart, String password) {
        type(By.id("signup:fullName"), fullName);
        type(By.id("signup:birthYear"), birthYear);
        type(By.id("signup:phone"), phone);
        type(By.id("signup:email"), email);
        Select group = new Select(driver.findElement(By.id("signup:residentialGroupId")));
        group.getOptions().stream().filter(o -> o.getText().contains(groupLabelPart)).findFirst()
                .ifPresent(o -> group.selectByVisibleText(o.getText()));
        type(By.id("signup:password"), password);
        return this;
    }

    /** Submits; the page stays when something is wrong, else the login page follows. */
    public PortalPage submit() {
        click(By.id("signup:submit"));
        return driver.getCurrentUrl().contains("login.xhtml") ? new LoginPage(driver) : new SignUpPage(driver);
    }
}
