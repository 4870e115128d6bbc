package com.mediaflow.proposals.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium driven through the system chromedriver, never one that Selenium Manager would
 * download. It keeps what the page wrote to the console and every URL the page requested (from
 * Chromium's performance log), so a test can prove the page had no errors and talked to no other
 * host.
 *
 * <p>{@code CHROME_BIN} and {@code CHROMEDRIVER} override the default paths. Without a browser the
 * test is skipped on a developer machine; in continuous integration ({@code CI=true}) it fails.
 */
final class Browser implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The width and height of the viewport in CSS pixels, and how many device pixels make one. */
    record Screen(String name, int width, int height, double pixelRatio, boolean touch) {

        static final Screen DESKTOP = new Screen("desktop", 1280, 900, 1, false);
        static final Screen PHONE = new Screen("phone", 375, 812, 3, true);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();
    private final Set<String> requests = new LinkedHashSet<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with this screen, or skips the test (fails it in CI) when none is installed. */
    static Browser start(Screen screen) {
        var chromium = executable("CHROME_BIN", "/usr/bin/chromium");
        var chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        var missing = !Files.isExecutable(chromium) || !Files.isExecutable(chromedriver);
        if (missing && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("The browser tests need Chromium at " + chromium + " and chromedriver at "
                    + chromedriver + " (apt-get install chromium chromium-driver; .ci/run does it)");
        }
        Assumptions.assumeFalse(
                missing,
                () -> "Skipped: no Chromium at " + chromium + " or no chromedriver at " + chromedriver
                        + " (install the Debian packages chromium and chromium-driver, or set CHROME_BIN"
                        + " and CHROMEDRIVER)");

        var profile = temporaryProfile();
        var options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        if (screen.touch()) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of(
                                    "width", screen.width(),
                                    "height", screen.height(),
                                    "pixelRatio", screen.pixelRatio(),
                                    "touch", true)));
        } else {
            options.addArguments("--window-size=" + screen.width() + "," + screen.height());
        }
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (!screen.touch()) {
            driver.manage().window().setSize(new Dimension(screen.width(), screen.height()));
        }
        var browser = new Browser(driver, profile);
        browser.collectLogs();
        browser.console.clear();
        browser.requests.clear();
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** What the page wrote to the console at level SEVERE (errors, failed loads, CSP violations). */
    List<String> consoleErrors() {
        collectLogs();
        return console.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every URL the browser requested so far, in order, without repeats. */
    Set<String> requestedUrls() {
        collectLogs();
        return Set.copyOf(requests);
    }

    /** Fails unless every request went to {@code origin} (scheme, host and port), or was inline data. */
    void assertOnlyRequested(URI origin) {
        var others = requestedUrls().stream()
                .filter(url -> !url.startsWith("data:") && !url.startsWith("blob:"))
                .filter(url -> !sameOrigin(URI.create(url), origin))
                .toList();
        assertThat(others).as("requests to hosts other than %s", origin).isEmpty();
    }

    void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("errors on the browser console").isEmpty();
    }

    /** Saves a screenshot of the whole page, all of its height, at the screen's pixel density. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            var width = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
            var height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
            var shot = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collectLogs() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            var params = message.path("params");
            // The browser's own pages (the new-tab page it starts with) are not the page under test.
            if ("Network.requestWillBeSent".equals(message.path("method").asString(""))
                    && !params.path("documentURL").asString("").startsWith("chrome")) {
                requests.add(params.path("request").path("url").asString(""));
            }
        }
    }

    private static boolean sameOrigin(URI url, URI origin) {
        return url.getScheme().equals(origin.getScheme())
                && url.getHost().equals(origin.getHost())
                && port(url) == port(origin);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static Path executable(String variable, String fallback) {
        var configured = System.getenv(variable);
        return Path.of(configured == null || configured.isBlank() ? fallback : configured);
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("mediaflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary folder; the system cleans it eventually
            }
        }
    }
}
