package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /manager/venues.xhtml: a centre's venues and the form for a new one. */
public class VenuesPage extends PortalPage {

    public VenuesPage(WebDriver driver) {
        super(driver);
    }

    public static VenuesPage open(WebDriver driver, String base, long centreId) {
        driver.get(base + "manager/venues.xhtml?centre=" + centreId);
        return new VenuesPage(driver);
    }

    public VenuesPage add(String name, String kind, String capacity, String address) {
        type(By.id("venue:name"), name);
        choose(By.id("venue:kind"), kind);
        type(By.id("venue:capacity"), capacity);
        type(By.id("venue:address"), address);
        click(By.id("venue:add"));
        return new VenuesPage(driver);
    }

    public String venuesTable() {
        return driver.findElement(By.id("venues")).getText();
    }
}
