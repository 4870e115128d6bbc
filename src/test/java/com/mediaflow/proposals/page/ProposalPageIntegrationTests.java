package com.mediaflow.proposals.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.proposals.ProposalsProperties;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.security.Role;
import com.mediaflow.shared.security.SecretTokens;
import com.mediaflow.support.Http;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestUsers;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ProposalPageIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    RateLimiter limiter;

    @Autowired
    ProposalsProperties properties;

    private SentProposals.Sent sent;
    private final String ip = Http.uniqueIp();

    @BeforeEach
    void sendAProposal() {
        sent = new SentProposals(mvc, jdbc).send(users.create(Role.PRODUCER));
    }

    @Test
    void theClientOpensTheLinkWithoutSigningInAndTheViewIsCounted() throws Exception {
        var page = open(sent.token());

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.getResponse().getContentAsString())
                .contains(sent.number())
                .contains("Brand film &lt;spring&gt; &amp; &quot;summer&quot;")
                .contains("5,355.00 EUR")
                .contains("1,606.50 EUR")
                .contains("data-optional-item=\"" + sent.droneItemId() + "\" data-net=\"65000\" data-tax=\"12350\"");
        assertThat(jdbc.sql("SELECT view_count FROM proposals_proposals WHERE id = :id")
                        .param("id", sent.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thePageAndOnlyThePageHasTheStrictContentSecurityPolicy() throws Exception {
        var page = open(sent.token());
        var api = mvc.get()
                .uri("/api/proposals/public/" + "x".repeat(43))
                .with(Http.from(ip))
                .exchange();

        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api).hasStatus(404);
        assertThat(api.getResponse().getHeader("Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(api.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void anUnknownOrExpiredLinkShowsTheSameFriendlyPageThatRevealsNothing() throws Exception {
        var unknown = open("x".repeat(43));
        jdbc.sql("UPDATE proposals_proposals SET valid_until = CURRENT_DATE - 2 WHERE id = :id")
                .param("id", sent.id())
                .update();
        var expired = open(sent.token());

        for (var page : new MvcTestResult[] {unknown, expired}) {
            assertThat(page).hasStatus(404);
            assertThat(page.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(page.getResponse().getHeader("Content-Security-Policy")).startsWith("default-src 'none'");
            assertThat(page.getResponse().getContentAsString())
                    .contains("This link does not work")
                    .doesNotContain(sent.number());
        }
        assertThat(expired.getResponse().getContentAsString())
                .isEqualTo(unknown.getResponse().getContentAsString());
    }

    @Test
    void stylesheetAndScriptCarryTheirContentHashAndAreKeptForAYear() throws Exception {
        var html = open(sent.token()).getResponse().getContentAsString();
        var stylesheet = find(html, "href=\"(/p/assets/proposal-[0-9a-f]{32}\\.css)\"");
        var script = find(html, "src=\"(/p/assets/proposal-[0-9a-f]{32}\\.js)\"");

        for (var asset : new String[] {stylesheet, script}) {
            var response = mvc.get().uri(asset).exchange();
            assertThat(response).hasStatusOk();
            assertThat(response.getResponse().getHeader("Cache-Control"))
                    .isEqualTo("max-age=31536000, public, immutable");
        }
        assertThat(mvc.get().uri(stylesheet).exchange().getResponse().getContentType())
                .startsWith("text/css");
        assertThat(mvc.get().uri(script).exchange().getResponse().getContentType())
                .startsWith("text/javascript");
    }

    @Test
    void theBrandStylesheetIsMadeFromTheColourInItsAddress() throws Exception {
        var organizationColour = jdbc.sql("SELECT lower(brand_color) FROM organization_settings LIMIT 1")
                .query(String.class)
                .single();
        var html = open(sent.token()).getResponse().getContentAsString();
        var theme = mvc.get().uri("/p/brand/0a7e5c.css").exchange();

        assertThat(html).contains("href=\"/p/brand/" + organizationColour.substring(1) + ".css\"");
        assertThat(theme).hasStatusOk();
        assertThat(theme.getResponse().getContentType()).isEqualTo("text/css;charset=UTF-8");
        assertThat(theme.getResponse().getContentAsString()).startsWith(":root{--brand:#0a7e5c;");
        assertThat(mvc.get().uri("/p/brand/0a7e5g.css").exchange()).hasStatus(404);
    }

    @Test
    void openingTheLinkTooOftenIsSlowedDownWithAFriendlyPage() throws Exception {
        // The page shares its allowance with the public JSON routes of the same client and link.
        var plan = properties.publicLimit();
        for (var i = 0; i < plan.capacity(); i++) {
            limiter.consume("proposal-public", plan, ip + ":" + SecretTokens.hash(sent.token()));
        }

        var last = open(sent.token());

        assertThat(last).hasStatus(429);
        assertThat(last.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(last.getResponse().getContentAsString()).contains("Too many requests");
        assertThat(last.getResponse().getHeader("Content-Security-Policy")).startsWith("default-src 'none'");
    }

    private MvcTestResult open(String token) {
        return mvc.get()
                .uri("/p/" + token)
                .with(Http.from(ip))
                .header("User-Agent", "Mozilla/5.0 (test)")
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .exchange();
    }

    private static String find(String html, String regex) {
        var matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
