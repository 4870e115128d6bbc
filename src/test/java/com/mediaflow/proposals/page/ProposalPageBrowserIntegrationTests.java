package com.mediaflow.proposals.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The public proposal page in a real browser (headless Chromium) against the application on a real
 * port, bound to 127.0.0.1: a client reads the proposal at desktop and phone width, ticks an optional
 * item, draws a signature with a mouse or a finger, signs or declines, and the evidence is kept. The
 * page must write no error to the console and load nothing from any other host.
 *
 * <p>Screenshots land in {@code target/screenshots/} for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
class ProposalPageBrowserIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    private final HttpClient http = HttpClient.newHttpClient();
    private SentProposals.Sent sent;
    private URI origin;

    @BeforeEach
    void sendAProposal() {
        origin = URI.create("http://127.0.0.1:" + port);
        sent = new SentProposals(mvc, jdbc).send(users.create(Role.PRODUCER));
    }

    @Test
    void aClientTicksAnOptionalItemAndSignsWithTheMouseOnADesktop() throws Exception {
        try (var browser = Browser.start(Browser.Screen.DESKTOP)) {
            signWithAChosenOptionalItem(browser, PointerInput.Kind.MOUSE);
        }
        assertTheSignatureEvidenceIsKept();
    }

    @Test
    void aClientSignsWithAFingerOnAPhone() throws Exception {
        try (var browser = Browser.start(Browser.Screen.PHONE)) {
            var driver = browser.driver();
            driver.get(pageUrl());
            assertThat(driver.executeScript("return window.innerWidth")).isEqualTo(375L);
            assertThat(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the phone's screen")
                    .isEqualTo(true);
            signWithAChosenOptionalItem(browser, PointerInput.Kind.TOUCH);
        }
        assertTheSignatureEvidenceIsKept();
    }

    @Test
    void aClientDeclinesWithAReason() {
        try (var browser = Browser.start(Browser.Screen.DESKTOP)) {
            var driver = browser.driver();
            driver.get(pageUrl());
            var wait = browser.waitUpTo(WAIT);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));

            click(browser, driver.findElement(By.cssSelector("input[name='decision'][value='reject']")));
            type(browser, By.id("signer-name"), "Ada Client");
            type(browser, By.id("signer-email"), "ada@acme.test");
            click(browser, driver.findElement(By.id("submit-decision")));
            assertThat(driver.findElement(By.id("reason-error")).getText())
                    .isEqualTo("Please tell the studio why you are declining.");
            assertThat(driver.findElement(By.id("reason")).getAttribute("aria-invalid"))
                    .isEqualTo("true");

            type(browser, By.id("reason"), "Over our budget <this year>.");
            assertThat(driver.findElement(By.id("submit-decision")).getText()).isEqualTo("Decline the proposal");
            click(browser, driver.findElement(By.id("submit-decision")));

            awaitOutcome(browser);
            assertThat(driver.findElement(By.id("outcome-summary")).getText()).startsWith("Declined by Ada Client on ");
            assertThat(driver.findElement(By.id("outcome-reason")).getText())
                    .isEqualTo("Reason: Over our budget <this year>.");
            assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Declined");
            assertThat(driver.findElements(By.id("decision-form"))).isEmpty();
            browser.screenshot(SCREENSHOTS.resolve("proposal-desktop-declined.png"));

            // Opened again later, the page shows the decision read-only.
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
            assertThat(driver.findElement(By.id("outcome-reason")).getText())
                    .isEqualTo("Reason: Over our budget <this year>.");
            assertThat(driver.findElements(By.id("decision-form"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector(".optional-toggle"))).isEmpty();

            browser.assertNoConsoleErrors();
            browser.assertOnlyRequested(origin);
        }
        var decision = jdbc.sql("SELECT kind, reason, signer_email FROM proposals_decisions WHERE proposal_id = :id")
                .param("id", sent.id())
                .query()
                .singleRow();
        assertThat(decision)
                .containsEntry("kind", "REJECTED")
                .containsEntry("reason", "Over our budget <this year>.")
                .containsEntry("signer_email", "ada@acme.test");
    }

    @Test
    void aClientSignsByTypingTheirNameWithTheKeyboardAlone() {
        try (var browser = Browser.start(Browser.Screen.DESKTOP)) {
            var driver = browser.driver();
            driver.get(pageUrl());
            browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));

            driver.findElement(By.id("signer-name")).sendKeys("Grace Hopper");
            driver.findElement(By.id("signer-email")).sendKeys("grace@acme.test");
            driver.findElement(By.cssSelector("input[name='signature_type'][value='typed']"))
                    .sendKeys(Keys.SPACE);
            var typed = driver.findElement(By.id("typed-signature"));
            assertThat(typed.isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("signature-pad")).isDisplayed()).isFalse();
            typed.sendKeys("Grace Hopper");
            assertThat(driver.findElement(By.id("typed-preview")).getText()).isEqualTo("Grace Hopper");
            driver.findElement(By.id("consent")).sendKeys(Keys.SPACE);
            typed.sendKeys(Keys.ENTER);

            awaitOutcome(browser);
            assertThat(driver.findElement(By.id("outcome-summary")).getText()).startsWith("Signed by Grace Hopper on ");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("outcome");
            browser.assertNoConsoleErrors();
            browser.assertOnlyRequested(origin);
        }
        var decision = jdbc.sql("""
                        SELECT signature_type, typed_signature, signature_image IS NULL AS no_image
                        FROM proposals_decisions WHERE proposal_id = :id
                        """).param("id", sent.id()).query().singleRow();
        assertThat(decision)
                .containsEntry("signature_type", "TYPED")
                .containsEntry("typed_signature", "Grace Hopper")
                .containsEntry("no_image", true);
    }

    private void signWithAChosenOptionalItem(Browser browser, PointerInput.Kind pointer) {
        var driver = browser.driver();
        var screen = pointer == PointerInput.Kind.TOUCH ? "phone" : "desktop";
        driver.get(pageUrl());
        var wait = browser.waitUpTo(WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Brand film <spring> & \"summer\"");
        assertThat(driver.findElement(By.id("total-total")).getText()).isEqualTo("5,355.00 EUR");
        browser.screenshot(SCREENSHOTS.resolve("proposal-" + screen + "-open.png"));

        var drone = driver.findElement(By.cssSelector(".optional-toggle[value='" + sent.droneItemId() + "']"));
        click(browser, drone);
        assertThat(drone.isSelected()).isTrue();
        assertThat(driver.findElement(By.id("total-subtotal")).getText()).isEqualTo("5,150.00 EUR");
        assertThat(driver.findElement(By.id("total-tax")).getText()).isEqualTo("978.50 EUR");
        assertThat(driver.findElement(By.id("total-total")).getText()).isEqualTo("6,128.50 EUR");
        assertThat(driver.findElement(By.id("total-deposit")).getText()).isEqualTo("1,838.55 EUR");

        type(browser, By.id("signer-name"), "Ada Client");
        type(browser, By.id("signer-email"), "ada@acme.test");
        var pad = driver.findElement(By.id("signature-pad"));
        scrollTo(browser, pad);
        drawSignature(browser, pad, pointer);
        assertThat(pad.getAttribute("class")).contains("has-ink");
        click(browser, driver.findElement(By.id("consent")));
        browser.screenshot(SCREENSHOTS.resolve("proposal-" + screen + "-signing.png"));
        click(browser, driver.findElement(By.id("submit-decision")));

        awaitOutcome(browser);
        assertThat(driver.findElement(By.id("outcome-summary")).getText()).startsWith("Signed by Ada Client on ");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Signed");
        assertThat(driver.findElements(By.id("decision-form"))).isEmpty();
        assertThat(driver.findElement(By.id("total-total")).getText()).isEqualTo("6,128.50 EUR");
        browser.screenshot(SCREENSHOTS.resolve("proposal-" + screen + "-signed.png"));

        // Leaving the page sends the time it was visible.
        driver.get("about:blank");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT visible_ms FROM proposals_proposals WHERE id = :id")
                                .param("id", sent.id())
                                .query(Long.class)
                                .single())
                        .isPositive());

        browser.assertNoConsoleErrors();
        browser.assertOnlyRequested(origin);
    }

    private void assertTheSignatureEvidenceIsKept() throws Exception {
        Map<String, Object> decision =
                jdbc.sql("""
                        SELECT kind, signer_name, signer_email, signature_type, signature_image, ip, user_agent,
                               content_sha256, total, selected_item_ids::text AS selected
                        FROM proposals_decisions WHERE proposal_id = :id
                        """).param("id", sent.id()).query().singleRow();
        assertThat(decision)
                .containsEntry("kind", "SIGNED")
                .containsEntry("signer_name", "Ada Client")
                .containsEntry("signer_email", "ada@acme.test")
                .containsEntry("signature_type", "DRAWN")
                .containsEntry("ip", "127.0.0.1");
        assertThat((String) decision.get("user_agent")).contains("HeadlessChrome");
        assertThat((String) decision.get("content_sha256")).matches("[0-9a-f]{64}");
        assertThat((String) decision.get("selected"))
                .contains(sent.droneItemId().toString());
        assertThat(decision.get("total").toString()).isEqualTo("6128.500");
        var image = (byte[]) decision.get("signature_image");
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        assertThat(image.length).isGreaterThan(500);

        var pdf = http.send(
                HttpRequest.newBuilder(origin.resolve("/api/proposals/public/" + sent.token() + "/pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Signature certificate")
                    .contains("Ada Client")
                    .contains("ada@acme.test")
                    .contains("127.0.0.1")
                    .contains((String) decision.get("content_sha256"));
        }
    }

    /** A signature-like scribble: two loops and a flourish, drawn as one continuous pointer gesture. */
    private static void drawSignature(Browser browser, WebElement pad, PointerInput.Kind kind) {
        var width = pad.getRect().getWidth();
        var height = pad.getRect().getHeight();
        var pointer = new PointerInput(kind, kind == PointerInput.Kind.TOUCH ? "finger" : "mouse");
        var gesture = new Sequence(pointer, 0);
        List<int[]> points = new ArrayList<>();
        for (var i = 0; i <= 40; i++) {
            var t = i / 40.0;
            var x = (int) ((t - 0.5) * width * 0.8);
            var y = (int) (Math.sin(t * Math.PI * 4) * height * 0.25);
            points.add(new int[] {x, y});
        }
        var origin = PointerInput.Origin.fromElement(pad);
        gesture.addAction(pointer.createPointerMove(Duration.ZERO, origin, points.get(0)[0], points.get(0)[1]));
        gesture.addAction(pointer.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
        for (var point : points.subList(1, points.size())) {
            gesture.addAction(pointer.createPointerMove(Duration.ofMillis(15), origin, point[0], point[1]));
        }
        gesture.addAction(pointer.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.driver().perform(List.of(gesture));
        browser.driver().resetInputState();
    }

    /** Waits for the decision to show, or fails with what the form said instead. */
    private static void awaitOutcome(Browser browser) {
        try {
            browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        } catch (org.openqa.selenium.TimeoutException e) {
            var messages = browser.driver().findElements(By.cssSelector(".field__error, .form-error")).stream()
                    .map(WebElement::getText)
                    .filter(text -> !text.isBlank())
                    .toList();
            throw new AssertionError(
                    "No outcome shown; the form says " + messages + "; console: " + browser.consoleErrors(), e);
        }
    }

    private static void scrollTo(Browser browser, WebElement element) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    /**
     * Clicks with a mouse, also on the phone: a tap that a busy machine stretches past the long-press
     * threshold would give no click. The signature is drawn with a finger there.
     */
    private static void click(Browser browser, WebElement element) {
        scrollTo(browser, element);
        new Actions(browser.driver()).moveToElement(element).click().perform();
    }

    private static void type(Browser browser, By field, String text) {
        var element = browser.driver().findElement(field);
        scrollTo(browser, element);
        element.clear();
        element.sendKeys(text);
    }

    private String pageUrl() {
        return origin.resolve("/p/" + sent.token()).toString();
    }
}
