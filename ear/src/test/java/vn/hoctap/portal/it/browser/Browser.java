package vn.hoctap.portal.it.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (installed by
 * src/test/sh/ensure-chromium.sh), at a phone's width unless told otherwise.
 */
public final class Browser {

    public static final int PHONE_WIDTH = 360;

    private Browser() {
    }

    /** A 360 x 780 viewport through Chromium's device emulation (a headless window is never narrower than 500 px). */
    public static WebDriver phone() {
        return open(PHONE_WIDTH, 780, true);
    }

    public static WebDriver open(int width, int height, boolean emulateDevice) {
        try {
            // under target/, so that a clean build removes the browser profiles
            Path profiles = Files.createDirectories(Path.of(System.getProperty("portal.test.dir"), "chromium"));
            Path profile = Files.createTempDirectory(profiles, "profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary("/usr/bin/chromium")
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--lang=vi",
                            "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            if (emulateDevice) {
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
            }
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a picture of the page in target/screenshots, for people to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("portal.test.dir"), "..", "screenshots"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
