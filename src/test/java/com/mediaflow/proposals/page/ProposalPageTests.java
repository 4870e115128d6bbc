package com.mediaflow.proposals.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.proposals.internal.PublicProposalView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ProposalPageTests {

    private static final String TOKEN = "tok_0123456789abcdefghijklmnopqrstuvwxyzABCDE";
    private static final ProposalPage.Assets ASSETS =
            new ProposalPage.Assets("/p/assets/proposal-abc.css", "/p/assets/proposal-abc.js");
    private static final UUID OPTIONAL_ID = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final PageTemplates templates = new PageTemplates();

    @Test
    void showsTheProposalWithItsFiguresWrittenForReading() {
        var html = render(view(true, null, "#0A7E5C"));

        assertThat(html)
                .contains("<html lang=\"en\">")
                .contains("PROP-2026-0007")
                .contains("Version 2")
                .contains("Brand film for the spring campaign")
                .contains("Ada Client, Acme GmbH")
                .contains("31 December 2026")
                .contains("1,200.00 EUR") // unit price of the shoot day
                .contains("2,856.00 EUR") // line total: 2 × 1,200.00 + 19 %
                .contains("2.5 hr")
                .contains("19%")
                .contains("Deposit due on acceptance (30%)")
                .contains("href=\"/api/proposals/public/" + TOKEN + "/pdf\"")
                .contains("href=\"/p/brand/0a7e5c.css\"")
                .contains("src=\"/p/assets/proposal-abc.js\"")
                .contains("id=\"decision-form\"");
    }

    @Test
    void optionalItemsCarryTheFiguresTheScriptAddsUp() {
        var html = render(view(true, null, "#0A7E5C"));

        // 2.5 × 80.00 = 200.00 net, 38.00 tax: in cents, as the server rounds each line.
        assertThat(html)
                .contains("data-optional-item=\"" + OPTIONAL_ID + "\" data-net=\"20000\" data-tax=\"3800\""
                        + " data-initially-selected=\"false\"")
                .contains("class=\"optional-toggle\" value=\"" + OPTIONAL_ID + "\"")
                .contains("data-subtotal=\"240000\" data-tax=\"45600\" data-deposit-percent=\"30\"");
    }

    @Test
    void whatTheStudioOrClientTypedIsShownAsTextNeverAsMarkup() {
        var view = view(true, null, "#0A7E5C");
        var hostile = new PublicProposalView(
                view.viewId(),
                view.number(),
                view.version(),
                "<script>alert(1)</script>",
                view.status(),
                view.actionable(),
                view.optionalItemsSelectable(),
                view.currency(),
                "\"><img src=x onerror=alert(2)>",
                view.terms(),
                view.validUntil(),
                "Bobby <b>Tables</b>",
                null,
                view.sections(),
                view.totals(),
                view.studio(),
                view.decision());

        var html = render(hostile);

        assertThat(html)
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>Tables")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Bobby &lt;b&gt;Tables&lt;/b&gt;");
    }

    @Test
    void thePageHasNoInlineScriptOrStyleSoTheStrictPolicyHolds() {
        for (var html : List.of(
                render(view(true, null, "#0A7E5C")),
                render(view(false, decision("rejected", "Over our budget"), "#ffffff")))) {
            assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find())
                    .as("inline script")
                    .isFalse();
            assertThat(html).doesNotContain("<style").doesNotContain(" style=");
            assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find())
                    .as("event handler attribute")
                    .isFalse();
        }
    }

    @Test
    void aDecidedProposalIsShownReadOnlyWithItsOutcome() {
        var html = render(view(false, decision("rejected", "Over our budget\nSorry"), "#0A7E5C"));

        assertThat(html)
                .doesNotContain("id=\"decision-form\"")
                .doesNotContain("class=\"optional-toggle\"")
                .contains("Declined by Ada Client on 20 November 2026 at 14:05 UTC.")
                .contains("Reason: Over our budget\nSorry")
                .contains("status status--rejected");
    }

    @Test
    void theStudioLogoComesFromThisServerWhenThereIsOne() {
        var html = render(view(true, null, "#0A7E5C"));

        assertThat(html).contains("src=\"/api/proposals/public/" + TOKEN + "/logo\"");
    }

    @Test
    void aStudioWebsiteThatIsNoWebAddressIsNotALink() {
        assertThat(render(viewWithWebsite("javascript:alert(1)"))).doesNotContain("javascript:");
        assertThat(render(viewWithWebsite("northlight.example"))).contains("href=\"https://northlight.example\"");
    }

    private String render(PublicProposalView view) {
        return templates.render("proposal", ProposalPage.of(TOKEN, view, ASSETS));
    }

    private static PublicProposalView.Decision decision(String kind, @Nullable String reason) {
        return new PublicProposalView.Decision(kind, Instant.parse("2026-11-20T14:05:09Z"), "Ada Client", reason);
    }

    private static PublicProposalView viewWithWebsite(String website) {
        var view = view(true, null, "#0A7E5C");
        var studio = new PublicProposalView.Studio("Northlight Films", "#0A7E5C", null, null, website, null, false);
        return new PublicProposalView(
                view.viewId(),
                view.number(),
                view.version(),
                view.title(),
                view.status(),
                view.actionable(),
                view.optionalItemsSelectable(),
                view.currency(),
                view.intro(),
                view.terms(),
                view.validUntil(),
                view.clientName(),
                view.clientCompany(),
                view.sections(),
                view.totals(),
                studio,
                view.decision());
    }

    static PublicProposalView view(
            boolean actionable, PublicProposalView.@Nullable Decision decision, String brandColour) {
        var shoot = new PublicProposalView.Item(
                UUID.fromString("00000000-0000-0000-0000-00000000000a"),
                "Shoot day with crew of four",
                new BigDecimal("2"),
                "day",
                new BigDecimal("1200.00"),
                new BigDecimal("19"),
                new BigDecimal("2856.00"),
                false,
                true);
        var colour = new PublicProposalView.Item(
                OPTIONAL_ID,
                "Colour grading",
                new BigDecimal("2.5"),
                "hr",
                new BigDecimal("80.00"),
                new BigDecimal("19"),
                new BigDecimal("238.00"),
                true,
                false);
        return new PublicProposalView(
                UUID.fromString("00000000-0000-0000-0000-0000000000ff"),
                "PROP-2026-0007",
                2,
                "Brand film for the spring campaign",
                decision == null ? "viewed" : decision.kind(),
                actionable,
                true,
                "EUR",
                "Thank you for the brief.\nHere is what we propose.",
                "50% on signature, the rest on delivery.",
                LocalDate.of(2026, 12, 31),
                "Ada Client",
                "Acme GmbH",
                List.of(
                        new PublicProposalView.Section("Production", List.of(shoot)),
                        new PublicProposalView.Section("Post-production", List.of(colour))),
                new PublicProposalView.Totals(
                        new BigDecimal("2400.00"),
                        new BigDecimal("456.00"),
                        new BigDecimal("2856.00"),
                        new BigDecimal("30"),
                        new BigDecimal("856.80")),
                new PublicProposalView.Studio(
                        "Northlight Films",
                        brandColour,
                        "hello@northlight.example",
                        "+49 30 1234567",
                        "https://northlight.example",
                        "Torstraße 1, 10119 Berlin, Germany",
                        true),
                decision);
    }
}
