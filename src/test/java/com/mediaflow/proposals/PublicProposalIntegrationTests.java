package com.mediaflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProposalFixtures;
import com.mediaflow.support.TestUsers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PublicProposalIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    ProposalFixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        fixtures = new ProposalFixtures(mvc, jdbc);
        api = fixtures.api();
    }

    record Sent(TestUsers.TestUser owner, ProposalFixtures.Client client, String id, String token) {}

    private Sent sent() {
        var owner = users.create(Role.PRODUCER);
        var client = fixtures.client(owner);
        var id = fixtures.create(owner, ProposalFixtures.body(client.id()));
        return new Sent(owner, client, id, fixtures.send(owner, id, client.email()));
    }

    @Test
    void theClientOpensTheProposalAndEveryViewIsCountedAndTheOwnerToldOnce() {
        var sent = sent();

        var first = fixtures.open(sent.token());
        var second = fixtures.open(sent.token());

        assertThat(first).hasStatusOk();
        assertThat(first).bodyJson().extractingPath("$.status").isEqualTo("viewed");
        assertThat(first).bodyJson().extractingPath("$.actionable").isEqualTo(true);
        assertThat(first)
                .bodyJson()
                .extractingPath("$.optional_items_selectable")
                .isEqualTo(true);
        assertThat(first).bodyJson().extractingPath("$.sections").asArray().hasSize(2);
        assertThat(first)
                .bodyJson()
                .extractingPath("$.sections[1].items[1].optional")
                .isEqualTo(true);
        assertThat(first)
                .bodyJson()
                .extractingPath("$.sections[1].items[1].selected")
                .isEqualTo(false);
        // 2 × 500 at 19 % + 250 at 7 %; the optional grade is not counted
        assertThat(new BigDecimal(Json.read(first, "$.totals.total").toString()))
                .isEqualByComparingTo("1457.50");
        assertThat(Json.<String>read(first, "$.view_id")).isNotEqualTo(Json.<String>read(second, "$.view_id"));
        var proposal = api.get(sent.owner(), "/api/proposals/" + sent.id());
        assertThat(proposal).bodyJson().extractingPath("$.tracking.view_count").isEqualTo(2);
        assertThat(proposal)
                .bodyJson()
                .extractingPath("$.tracking.first_viewed_at")
                .isNotNull();
        var notified = jdbc.sql(
                        "SELECT count(*) FROM notifications WHERE member_id = :owner AND type = 'PROPOSAL_VIEWED'")
                .param("owner", sent.owner().id())
                .query(Long.class)
                .single();
        assertThat(notified).isEqualTo(1);
        var activities = api.get(sent.owner(), "/api/proposals/" + sent.id() + "/activities");
        assertThat(activities)
                .bodyJson()
                .extractingPath("$.data[*].kind")
                .asArray()
                .contains("viewed", "sent", "created");
    }

    @Test
    void beaconsAddTimeOnPageButNeverMoreThanHasPassed() {
        var sent = sent();
        String viewId = Json.read(fixtures.open(sent.token()), "$.view_id");

        var beacon = fixtures.post(sent.token(), "views", Api.body("view_id", viewId, "visible_ms", 3_600_000));
        var unknown = fixtures.post(sent.token(), "views", Api.body("view_id", UUID.randomUUID(), "visible_ms", 10));

        assertThat(beacon).hasStatus(204);
        assertThat(unknown).hasStatus(404);
        long visible = ((Number)
                        Json.read(api.get(sent.owner(), "/api/proposals/" + sent.id()), "$.tracking.visible_ms"))
                .longValue();
        assertThat(visible).isLessThan(60_000);
    }

    @Test
    void anUnknownExpiredResentOrRevisedLinkIsTheSame404() {
        var unknown = fixtures.open(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]));
        var resent = sent();
        fixtures.send(resent.owner(), resent.id(), resent.client().email());
        var revoked = fixtures.open(resent.token());
        var revised = sent();
        assertThat(api.post(revised.owner(), "/api/proposals/" + revised.id() + "/revise", null))
                .hasStatus(201);
        var superseded = fixtures.open(revised.token());
        var expired = sent();
        fixtures.expire(expired.id());
        var outOfDate = fixtures.open(expired.token());
        var garbage = fixtures.open("not-a-token");

        for (var result : List.of(unknown, revoked, superseded, outOfDate, garbage)) {
            assertThat(result).hasStatus(404);
            assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(Json.<String>read(unknown, "$.detail"));
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        }
        assertThat(fixtures.post(expired.token(), "accept", Api.body("name", "A", "email", "a@client.test")))
                .hasStatus(404);
    }

    @Test
    void theNewLinkOfAResentProposalWorks() {
        var sent = sent();
        var fresh = fixtures.send(sent.owner(), sent.id(), sent.client().email());

        assertThat(fixtures.open(fresh)).hasStatusOk();
        assertThat(fixtures.open(sent.token())).hasStatus(404);
    }

    @Test
    void aDecidedProposalStillOpensReadOnly() {
        var sent = sent();
        var reject = fixtures.post(
                sent.token(),
                "reject",
                Api.body("reason", "Over budget", "name", "Ann Client", "email", "ann@client.test"));

        var open = fixtures.open(sent.token());

        assertThat(reject).hasStatusOk();
        assertThat(open).hasStatusOk();
        assertThat(open).bodyJson().extractingPath("$.status").isEqualTo("rejected");
        assertThat(open).bodyJson().extractingPath("$.actionable").isEqualTo(false);
        assertThat(open).bodyJson().extractingPath("$.decision.kind").isEqualTo("rejected");
        assertThat(open).bodyJson().extractingPath("$.decision.reason").isEqualTo("Over budget");
        assertThat(fixtures.pdf(sent.token())).hasStatusOk();
    }

    @Test
    void acceptingTwiceIsIdempotentAndAnotherDecisionConflicts() {
        var sent = sent();
        var body = Api.body("name", "Ann Client", "email", "ann@client.test");

        var first = fixtures.post(sent.token(), "accept", body);
        var again = fixtures.post(sent.token(), "accept", body);
        var reject = fixtures.post(
                sent.token(),
                "reject",
                Api.body("reason", "Changed my mind", "name", "Ann Client", "email", "ann@client.test"));
        var otherSigner = fixtures.post(sent.token(), "accept", Api.body("name", "Bob", "email", "bob@client.test"));

        assertThat(first).hasStatusOk();
        assertThat(first).bodyJson().extractingPath("$.status").isEqualTo("accepted");
        assertThat(again).hasStatusOk();
        assertThat(again)
                .bodyJson()
                .extractingPath("$.decision.decided_at")
                .isEqualTo(Json.<String>read(first, "$.decision.decided_at"));
        assertThat(reject).hasStatus(409);
        assertThat(reject).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(otherSigner).hasStatus(409);
        var decisions = jdbc.sql("SELECT count(*) FROM proposals_decisions WHERE proposal_id = :id")
                .param("id", UUID.fromString(sent.id()))
                .query(Long.class)
                .single();
        assertThat(decisions).isEqualTo(1);
    }

    @Test
    void signingKeepsTheEvidenceAndTheHashOfTheExactContent() throws Exception {
        var sent = sent();
        var opened = fixtures.open(sent.token());
        String optionalId = Json.read(opened, "$.sections[1].items[1].id");
        var body = ProposalFixtures.signTyped("Ann Client", "ann@client.test");
        body.put("selected_optional_item_ids", List.of(optionalId));

        var signed = fixtures.post(sent.token(), "sign", body);

        assertThat(signed).hasStatusOk();
        assertThat(signed).bodyJson().extractingPath("$.status").isEqualTo("signed");
        assertThat(signed).bodyJson().extractingPath("$.actionable").isEqualTo(false);
        // the grade is now included: 1457.50 + 300 × 1.19
        assertThat(new BigDecimal(Json.read(signed, "$.totals.total").toString()))
                .isEqualByComparingTo("1814.50");
        var proposal = api.get(sent.owner(), "/api/proposals/" + sent.id());
        assertThat(proposal).bodyJson().extractingPath("$.decision.signer_name").isEqualTo("Ann Client");
        assertThat(proposal).bodyJson().extractingPath("$.decision.ip").isEqualTo("203.0.113.7");
        assertThat(proposal).bodyJson().extractingPath("$.decision.user_agent").isEqualTo("TestBrowser/1.0");
        assertThat(proposal)
                .bodyJson()
                .extractingPath("$.decision.signature_type")
                .isEqualTo("typed");
        String hash = Json.read(proposal, "$.decision.content_sha256");
        assertThat(hash).isEqualTo(independentHash(proposal, sent.client().email()));

        var pdf = fixtures.pdf(sent.token());
        assertThat(pdf).hasStatusOk();
        assertThat(pdf.getResponse().getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("PROP-");
        var text = pdfText(pdf.getResponse().getContentAsByteArray());
        var certificate = text.substring(text.lastIndexOf("Signature certificate"));
        assertThat(certificate)
                .contains("Ann Client")
                .contains("ann@client.test")
                .contains(hash)
                .contains("203.0.113.7");
        var studioPdf = api.get(sent.owner(), "/api/proposals/" + sent.id() + "/pdf");
        assertThat(pdfText(studioPdf.getResponse().getContentAsByteArray())).contains(hash);
    }

    @Test
    void aDrawnSignatureMustBeASmallRealPng() throws Exception {
        var sent = sent();
        var notPng =
                drawn("data:image/png;base64," + Base64.getEncoder().encodeToString("GIF89a-not-a-png".getBytes()));
        var jpegLabel = drawn("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(png(100, 40)));
        var tooWide = drawn(dataUrl(png(5000, 40)));
        var tooBig = drawn("data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[300 * 1024]));
        var truncated = drawn(dataUrl(java.util.Arrays.copyOf(png(100, 40), 40)));
        var missing = ProposalFixtures.signTyped("Ann", "ann@client.test");
        missing.put("signature_type", "drawn");
        missing.remove("typed_signature");
        var noConsent = ProposalFixtures.signTyped("Ann", "ann@client.test");
        noConsent.put("consent", false);

        for (var body : List.of(notPng, jpegLabel, tooWide, tooBig, truncated, missing, noConsent)) {
            var result = fixtures.post(sent.token(), "sign", body);
            assertThat(result).hasStatus(400);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        }
        var good = fixtures.post(sent.token(), "sign", drawn(dataUrl(png(300, 100))));
        assertThat(good).hasStatusOk();
        assertThat(good).bodyJson().extractingPath("$.decision.kind").isEqualTo("signed");
        var stored = jdbc.sql("SELECT length(signature_image) FROM proposals_decisions WHERE proposal_id = :id")
                .param("id", UUID.fromString(sent.id()))
                .query(Integer.class)
                .single();
        assertThat(stored).isPositive();
    }

    @Test
    void aSignatureCannotBeChangedInTheDatabase() {
        var sent = sent();
        assertThat(fixtures.post(sent.token(), "sign", ProposalFixtures.signTyped("Ann", "ann@client.test")))
                .hasStatusOk();

        var update = org.assertj.core.api.Assertions.catchThrowable(
                () -> jdbc.sql("UPDATE proposals_decisions SET signer_name = 'Mallory' WHERE proposal_id = :id")
                        .param("id", UUID.fromString(sent.id()))
                        .update());

        assertThat(update).isNotNull();
    }

    @Test
    void thePublicRoutesAreRateLimitedPerClientAndLink() {
        var sent = sent();
        var requests = 0;
        org.springframework.test.web.servlet.assertj.MvcTestResult result;
        do {
            result = fixtures.open(sent.token(), "198.51.100.9");
            requests++;
        } while (result.getResponse().getStatus() == 200 && requests < 200);

        // 60 per minute, refilled gradually: the limit is met after 60 and a few more requests
        assertThat(result).hasStatus(429);
        assertThat(requests).isBetween(61, 80);
        assertThat(result.getResponse().getHeader("Retry-After")).isNotNull();
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("RATE_LIMITED");
        assertThat(fixtures.open(sent.token(), "198.51.100.10")).hasStatusOk();
    }

    private static Map<String, Object> drawn(String image) {
        return Api.body(
                "name", "Ann Client",
                "email", "ann@client.test",
                "signature_type", "drawn",
                "signature_image", image,
                "consent", true);
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static byte[] png(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.drawLine(2, 2, width - 3, height - 3);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The canonical content as documented on ProposalContent, rebuilt from the API's own view. */
    private static String independentHash(
            org.springframework.test.web.servlet.assertj.MvcTestResult proposal, String email) throws Exception {
        Map<String, Object> root = new TreeMap<>();
        root.put("client", new TreeMap<>(Map.of("name", Json.read(proposal, "$.client_name"), "email", email)));
        root.put("currency", Json.read(proposal, "$.currency"));
        root.put("intro", Json.read(proposal, "$.intro"));
        root.put("number", Json.read(proposal, "$.number"));
        List<Map<String, Object>> items = Json.read(proposal, "$.items");
        List<Object> sections = new ArrayList<>();
        String current = null;
        List<Object> sectionItems = null;
        for (var item : items) {
            if (!item.get("section").equals(current)) {
                current = (String) item.get("section");
                sectionItems = new ArrayList<>();
                sections.add(new TreeMap<>(Map.of("name", current, "items", sectionItems)));
            }
            Map<String, Object> line = new TreeMap<>();
            line.put("description", item.get("description"));
            line.put("line_total", scaled(item.get("line_total"), 2));
            line.put("optional", item.get("optional"));
            line.put("quantity", scaled(item.get("quantity"), 3));
            line.put("selected", item.get("selected"));
            line.put("tax_rate", scaled(item.get("tax_rate"), 3));
            line.put("unit_price", scaled(item.get("unit_price"), 4));
            sectionItems.add(line);
        }
        root.put("sections", sections);
        root.put("terms", Json.read(proposal, "$.terms"));
        root.put("title", Json.read(proposal, "$.title"));
        root.put(
                "totals",
                new TreeMap<>(Map.of(
                        "subtotal", scaled(Json.read(proposal, "$.subtotal"), 2),
                        "tax_total", scaled(Json.read(proposal, "$.tax_total"), 2),
                        "total", scaled(Json.read(proposal, "$.total"), 2))));
        root.put("valid_until", Json.read(proposal, "$.valid_until"));
        root.put("version", Json.read(proposal, "$.revision").toString());
        var json = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build()
                .writeValueAsString(root);
        var digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static String scaled(Object number, int scale) {
        return new BigDecimal(number.toString())
                .setScale(scale, java.math.RoundingMode.UNNECESSARY)
                .toPlainString();
    }
}
