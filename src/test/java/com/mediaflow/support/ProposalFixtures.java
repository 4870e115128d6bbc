package com.mediaflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Proposals made, sent and opened through the real routes; the client's link read from the mailbox. */
public final class ProposalFixtures {

    private static final Pattern LINK = Pattern.compile("/p/([A-Za-z0-9_-]{43})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final AccountingFixtures accounting;

    public ProposalFixtures(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.api = new Api(mvc);
        this.jdbc = jdbc;
        this.accounting = new AccountingFixtures(api, jdbc);
    }

    public Api api() {
        return api;
    }

    /** A client contact with a unique e-mail address; its id and address. */
    public record Client(UUID id, String email) {}

    public Client client(TestUsers.TestUser by) {
        var email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
        return new Client(accounting.clientWithEmail(by, email), email);
    }

    public static Map<String, Object> item(
            String section, String description, String quantity, String unitPrice, String taxRate, boolean optional) {
        return Api.body(
                "section",
                section,
                "description",
                description,
                "quantity",
                new BigDecimal(quantity),
                "unit_price",
                new BigDecimal(unitPrice),
                "tax_rate",
                new BigDecimal(taxRate),
                "optional",
                optional);
    }

    /** A body with two required items (1000.00 at 19 %, 250.00 at 7 %) and an optional one (300.00 at 19 %). */
    public static Map<String, Object> body(UUID clientId) {
        return Api.body(
                "title",
                "Brand film",
                "client_id",
                clientId,
                "valid_until",
                LocalDate.now().plusDays(30).toString(),
                "currency",
                "EUR",
                "intro",
                "Thanks for the briefing.",
                "terms",
                "50 % on signing.",
                "allow_optional_selection",
                true,
                "items",
                List.of(
                        item("Shoot", "Shoot day", "2", "500", "19", false),
                        item("Post", "Edit", "1", "250", "7", false),
                        item("Post", "Colour grade", "1", "300", "19", true)));
    }

    public String create(TestUsers.TestUser by, Map<String, Object> body) {
        var result = api.post(by, "/api/proposals", body);
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }

    /** Sends the proposal and returns the token of the link the client received. */
    public String send(TestUsers.TestUser by, String proposalId, String to) {
        var before = Mailbox.shared().to(to).size();
        var result = api.post(by, "/api/proposals/" + proposalId + "/send", Api.body("recipient_email", to));
        assertThat(result).hasStatusOk();
        String url = Json.read(result, "$.public_url");
        var matcher = LINK.matcher(url);
        assertThat(matcher.find()).as("public url %s", url).isTrue();
        var mails = Mailbox.shared().awaitCount(to, mail -> mail.text().contains(url), 1);
        assertThat(mails.size()).isGreaterThanOrEqualTo(1);
        assertThat(Mailbox.shared().to(to).size()).isGreaterThan(before);
        return matcher.group(1);
    }

    public MvcTestResult open(String token) {
        return open(token, "203.0.113.7");
    }

    public MvcTestResult open(String token, String ip) {
        return mvc.get()
                .uri("/api/proposals/public/" + token)
                .with(request -> {
                    request.setRemoteAddr(ip);
                    return request;
                })
                .header("User-Agent", "TestBrowser/1.0")
                .exchange();
    }

    public MvcTestResult post(String token, String action, Map<String, ?> body) {
        return mvc.post()
                .uri("/api/proposals/public/" + token + "/" + action)
                .with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                })
                .header("User-Agent", "TestBrowser/1.0")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    public MvcTestResult pdf(String token) {
        return mvc.get().uri("/api/proposals/public/" + token + "/pdf").exchange();
    }

    public void expire(String proposalId) {
        jdbc.sql("UPDATE proposals_proposals SET valid_until = :day WHERE id = :id")
                .param("day", LocalDate.now().minusDays(3))
                .param("id", UUID.fromString(proposalId))
                .update();
    }

    public static Map<String, Object> signTyped(String name, String email) {
        return Api.body(
                "name", name, "email", email, "signature_type", "typed", "typed_signature", name, "consent", true);
    }
}
