package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /account/password.xhtml */
public class PasswordPage extends PortalPage {

    public PasswordPage(WebDriver driver) {
        super(driver);
    }

    public static PasswordPage open(WebDriver driver, String base) {
        driver.get(base + "account/password.xhtml");
        return new PasswordPage(driver);
    }

    public PasswordPage change(String current, String newPassword, String repeated) {
        type(By.id("password:currentPassword"), current);
        type(By.id("password:newPassword"), newPassword);
        type(By.id("password:repeatedPassword"), repeated);
        click(By.id("password:submit"));
        return new PasswordPage(driver);
    }
}
