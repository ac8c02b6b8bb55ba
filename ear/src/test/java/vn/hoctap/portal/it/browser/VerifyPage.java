package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /verify.xhtml: the public page a certificate's QR code opens. */
public class VerifyPage extends PortalPage {

    public VerifyPage(WebDriver driver) {
        super(driver);
    }

    public static VerifyPage open(WebDriver driver, String base, String code) {
        driver.get(base + "verify.xhtml?code=" + code);
        return new VerifyPage(driver);
    }

    /** What the page shows of the certificate: its facts, each "term: value" on a line. */
    public String facts() {
        return driver.findElement(By.id("certificate-facts")).getText();
    }
}
