package vn.hoctap.portal.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The events pages (issue 6): campaigns, the event form, the campaign's programme, an event, mine, the door. */
final class EventsPages {

    private EventsPages() {
    }

    /** /manager/campaigns.xhtml, for an administrator. */
    static final class Campaigns extends PortalPage {

        Campaigns(WebDriver driver) {
            super(driver);
        }

        static Campaigns open(WebDriver driver, String base) {
            driver.get(base + "manager/campaigns.xhtml");
            return new Campaigns(driver);
        }

        Campaigns create(String code, String name, String theme, LocalDate start, LocalDate end) {
            type(By.id("campaign:name"), name);
            type(By.id("campaign:code"), code);
            type(By.id("campaign:theme"), theme);
            setValue(By.id("campaign:startDate"), start.toString());
            setValue(By.id("campaign:endDate"), end.toString());
            click(By.id("campaign:create"));
            return new Campaigns(driver);
        }

        List<String> names() {
            return driver.findElements(By.cssSelector(".campaign-link")).stream().map(WebElement::getText).toList();
        }
    }

    /** /manager/event-edit.xhtml */
    static final class EventForm extends PortalPage {

        EventForm(WebDriver driver) {
            super(driver);
        }

        static EventForm open(WebDriver driver, String base) {
            driver.get(base + "manager/event-edit.xhtml");
            return new EventForm(driver);
        }

        EventForm fill(String title, String typeLabel, String place, LocalDateTime start, LocalDateTime end,
                       String audience, Integer capacity, String campaign) {
            type(By.id("event:title"), title);
            choose(By.id("event:type"), typeLabel);
            type(By.id("event:description"), "Buổi nói chuyện chuyên đề dành cho cư dân trong phường.");
            // another place than the centre's venues: the radio re-renders the place fields
            WebElement other = driver.findElement(By.cssSelector("input[name='event:placeKind'][value='place']"));
            if (!other.isSelected()) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", other);
                other.click();
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("event:place")));
            }
            type(By.id("event:place"), place);
            setValue(By.id("event:startsAt"), start.toString().substring(0, 16));
            setValue(By.id("event:endsAt"), end.toString().substring(0, 16));
            type(By.id("event:audience"), audience);
            type(By.id("event:capacity"), capacity == null ? null : capacity.toString());
            if (campaign != null) {
                choose(By.id("event:campaign"), campaign);
            }
            return this;
        }

        /** The message shown beside a field of the form, or "" when there is none. */
        String messageBeside(String field) {
            return driver.findElements(By.xpath("//*[@id='event:" + field + "']/ancestor::div[contains(@class,'field')][1]"
                    + "//*[contains(@class,'ui-message-error')]")).stream().map(WebElement::getText).findFirst().orElse("");
        }

        EventForm endsAt(LocalDateTime end) {
            setValue(By.id("event:endsAt"), end.toString().substring(0, 16));
            return this;
        }

        /** Saves what the form refuses: the browser stays on the form. */
        EventForm saveRefused() {
            click(By.id("event:save"));
            return new EventForm(driver);
        }

        /** Saves; on success the browser is on the new event's page. */
        EventPage save() {
            click(By.id("event:save"));
            return new EventPage(driver);
        }
    }

    /** /campaign.xhtml: the campaign's programme, day by day. */
    static final class CampaignPage extends PortalPage {

        CampaignPage(WebDriver driver) {
            super(driver);
        }

        static CampaignPage open(WebDriver driver, String base, String code) {
            driver.get(base + "campaign.xhtml?code=" + code);
            return new CampaignPage(driver);
        }

        CampaignPage filterWard(String wardName) {
            choose(By.id("ward"), wardName);
            click(By.id("show"));
            return new CampaignPage(driver);
        }

        List<String> events() {
            return driver.findElements(By.cssSelector("#programme .event-card__title a")).stream().map(WebElement::getText).toList();
        }

        List<String> days() {
            return driver.findElements(By.cssSelector("#programme .programme-day__title")).stream().map(WebElement::getText).toList();
        }

        EventPage openEvent(String title) {
            click(By.linkText(title));
            return new EventPage(driver);
        }

        String feedUrl() {
            return driver.findElement(By.id("feed-url")).getAttribute("value");
        }

        String webcalUrl() {
            return driver.findElement(By.id("feed-webcal")).getAttribute("href");
        }
    }

    /** /events.xhtml: the calendar of a scope; on a phone it opens as a list. */
    static final class Calendar extends PortalPage {

        Calendar(WebDriver driver) {
            super(driver);
        }

        static Calendar open(WebDriver driver, String base, String query) {
            driver.get(base + "events.xhtml?" + query);
            Calendar page = new Calendar(driver);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector(".fc-view-harness")).isEmpty());
            return page;
        }

        boolean showsAList() {
            return !driver.findElements(By.cssSelector(".fc-list")).isEmpty();
        }

        /** True once the calendar lists an event whose title contains {@code text} (the events come by ajax). */
        boolean lists(String text) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.cssSelector(".fc-list-event-title")).stream()
                                .anyMatch(e -> e.getText().contains(text)));
                return true;
            } catch (org.openqa.selenium.TimeoutException notThere) {
                return false;
            }
        }
    }

    /** /event.xhtml */
    static final class EventPage extends PortalPage {

        EventPage(WebDriver driver) {
            super(driver);
        }

        long id() {
            String url = driver.getCurrentUrl();
            return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }

        String seats() {
            return driver.findElement(By.id("seats")).getText();
        }

        LoginPage signInToRegister() {
            click(By.id("signin-to-rsvp"));
            return new LoginPage(driver);
        }

        EventPage register() {
            click(By.id("rsvp-form:register"));
            return new EventPage(driver);
        }

        String myStatus() {
            return driver.findElement(By.id("my-status")).getText();
        }
    }

    /** /me/events.xhtml */
    static final class MyEvents extends PortalPage {

        MyEvents(WebDriver driver) {
            super(driver);
        }

        static MyEvents open(WebDriver driver, String base) {
            driver.get(base + "me/events.xhtml");
            return new MyEvents(driver);
        }

        List<String> titles() {
            return driver.findElements(By.cssSelector("#rsvps h2 a")).stream().map(WebElement::getText).toList();
        }

        String feedUrl() {
            return driver.findElement(By.id("feed-url")).getAttribute("value");
        }
    }

    /** /manager/checkin.xhtml: the door. */
    static final class CheckIn extends PortalPage {

        CheckIn(WebDriver driver) {
            super(driver);
        }

        static CheckIn open(WebDriver driver, String base, long eventId) {
            driver.get(base + "manager/checkin.xhtml?event=" + eventId);
            return new CheckIn(driver);
        }

        int count(String which) {
            return Integer.parseInt(driver.findElement(By.id("count-" + which)).getText().strip());
        }

        CheckIn search(String text) {
            type(By.id("checkin-search"), text);
            return this;
        }

        List<String> visiblePeople() {
            return driver.findElements(By.cssSelector(".checkin-person")).stream().filter(WebElement::isDisplayed)
                    .map(p -> p.findElement(By.cssSelector(".checkin-person__name")).getText()).toList();
        }

        /** Presses "Có mặt" beside a person and waits for the counts to move. */
        CheckIn present(String fullName) {
            WebElement person = driver.findElements(By.cssSelector(".checkin-person")).stream()
                    .filter(p -> p.findElement(By.cssSelector(".checkin-person__name")).getText().equals(fullName))
                    .findFirst().orElseThrow(() -> new AssertionError("nobody called " + fullName + " at the door"));
            int before = count("arrived");
            ajaxClick(person.findElement(By.cssSelector("button[id$=':present']")));
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> count("arrived") > before);
            return this;
        }

        CheckIn addWalkIn() {
            int before = count("walkins");
            ajaxClick(driver.findElement(By.id("door:walkin-1")));
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> count("walkins") > before);
            return this;
        }

        private void ajaxClick(WebElement button) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", button);
            button.click();
        }
    }
}
