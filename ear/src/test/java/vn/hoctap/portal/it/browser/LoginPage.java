package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /login.xhtml */
public class LoginPage extends PortalPage {

    public LoginPage(WebDriver driver) {
        super(driver);
    }

    public static LoginPage open(WebDriver driver, String base) {
        driver.get(base + "login.xhtml");
        return new LoginPage(driver);
    }

    public PortalPage signIn(String login, String password) {
        type(By.id("login:login"), login);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        return new PortalPage(driver);
    }
}
