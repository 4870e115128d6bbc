package com.mediaflow.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.documents.DocumentRenderer;
import com.mediaflow.documents.DocumentsProperties;
import com.mediaflow.organization.OrganizationProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How long the PDF of a signed 25-item proposal (with its signature certificate page) takes to
 * render, warm, in one JVM, against the same proposal unsigned: prints medians, p95 and the ratio.
 * Not part of the build's test run; run it with
 * {@code ./mvnw test -Dtest=ProposalPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ProposalPdfBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 150;
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void renderSignedTwentyFiveItemProposal() {
        var renderer = DocumentRenderer.standalone(new DocumentsProperties(null));
        var proposal = proposal();
        var client = new ClientParty("Northwind Media GmbH", null, "accounts@northwind.test");
        var unsigned = ProposalDocumentModel.of(proposal, client, studio(), false, null, null);
        var decision = new Decision(
                proposal.id(),
                ProposalStatus.SIGNED,
                "Ann Client",
                "ann@northwind.test",
                null,
                "TYPED",
                null,
                "Ann Client",
                List.of(),
                ProposalContent.sha256(proposal, client),
                proposal.number(),
                1,
                proposal.total(),
                "203.0.113.7",
                "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
                NOW);
        var signed = ProposalDocumentModel.of(proposal, client, studio(), false, null, decision);
        var plain = measure(renderer, unsigned);
        var certified = measure(renderer, signed);
        System.out.printf(
                "Proposal PDF, 25 items, %d warm renders after %d warm-up: unsigned median %.1f ms (p95 %.1f),"
                        + " signed with certificate median %.1f ms (p95 %.1f), ratio %.2f%n",
                MEASURED, WARM_UP, plain[0], plain[1], certified[0], certified[1], certified[0] / plain[0]);
        assertThat(certified[0]).isPositive();
    }

    private static double[] measure(DocumentRenderer renderer, Object model) {
        for (int i = 0; i < WARM_UP; i++) {
            renderer.pdf("proposal", model, List.of());
        }
        var nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            var start = System.nanoTime();
            renderer.pdf("proposal", model, List.of());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new double[] {
            nanos[MEASURED / 2] / 1_000_000.0, nanos[(int) Math.ceil(MEASURED * 0.95) - 1] / 1_000_000.0
        };
    }

    private static Proposal proposal() {
        var details = new ProposalDetails(
                "Spring campaign",
                UUID.randomUUID(),
                null,
                "Thank you for the briefing.",
                "30 % on signing.",
                LocalDate.of(2026, 4, 1),
                "EUR",
                new BigDecimal("30"),
                true);
        var proposal = Proposal.draft(new ProposalNumber("PROP", 2026, 42), details, UUID.randomUUID(), NOW);
        List<ItemInput> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            items.add(new ItemInput(
                    "Section " + (1 + i / 6),
                    "Shoot day " + i + ": camera crew, grip and lighting package",
                    BigDecimal.valueOf(1 + i % 4),
                    "day",
                    new BigDecimal("1249.99").add(BigDecimal.valueOf(i)),
                    i % 3 == 0 ? new BigDecimal("7") : new BigDecimal("19"),
                    i % 7 == 0,
                    null));
        }
        proposal.replaceItems(items, NOW);
        return proposal;
    }

    private static OrganizationProfile studio() {
        return new OrganizationProfile(
                "Lumen Studio",
                "Lumen Studio GmbH",
                "hello@lumen.test",
                "+49 30 1234567",
                "https://lumen.test",
                new OrganizationProfile.Address("Torstraße 5", null, "Berlin", "10119", null, "DE"),
                "DE123456789",
                null,
                "EUR",
                "INV",
                "CN",
                "PROP",
                30,
                new OrganizationProfile.BankDetails(
                        "Lumen Studio GmbH", "Bank", "DE89370400440532013000", "COBADEFFXXX", null),
                "#1F6FEB",
                "Europe/Berlin",
                0);
    }
}
