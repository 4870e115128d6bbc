package com.mediaflow.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalContentTests {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static Proposal proposal() {
        var details = new ProposalDetails(
                "Brand film",
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                null,
                "Thanks for the briefing.",
                "50 % on signing.",
                LocalDate.parse("2026-12-31"),
                "EUR",
                new BigDecimal("30"),
                true);
        var proposal = Proposal.draft(new ProposalNumber("PROP", 2026, 7), details, UUID.randomUUID(), NOW);
        proposal.replaceItems(
                List.of(
                        new ItemInput(
                                "Shoot",
                                "Shoot day",
                                new BigDecimal("2"),
                                "day",
                                new BigDecimal("500"),
                                new BigDecimal("19"),
                                false,
                                null),
                        new ItemInput(
                                "Post",
                                "Edit",
                                new BigDecimal("1.5"),
                                null,
                                new BigDecimal("166.665"),
                                new BigDecimal("7"),
                                false,
                                null),
                        new ItemInput(
                                "Post",
                                "Colour grade",
                                new BigDecimal("1"),
                                null,
                                new BigDecimal("300"),
                                new BigDecimal("19"),
                                true,
                                null)),
                NOW);
        return proposal;
    }

    private static final ClientParty CLIENT = new ClientParty("Ann Client", "Client GmbH", "ann@client.test");

    /** The documented format, written out: if this test fails, recorded hashes would no longer verify. */
    @Test
    void theCanonicalContentIsExactlyTheDocumentedFormat() {
        assertThat(ProposalContent.canonical(proposal(), CLIENT))
                .isEqualTo(
                        "{\"client\":{\"company\":\"Client GmbH\",\"email\":\"ann@client.test\",\"name\":\"Ann Client\"},"
                                + "\"currency\":\"EUR\",\"intro\":\"Thanks for the briefing.\",\"number\":\"PROP-2026-0007\","
                                + "\"sections\":[{\"items\":[{\"description\":\"Shoot day\",\"line_total\":\"1190.00\","
                                + "\"optional\":false,\"quantity\":\"2.000\",\"selected\":true,\"tax_rate\":\"19.000\","
                                + "\"unit\":\"day\",\"unit_price\":\"500.0000\"}],\"name\":\"Shoot\"},"
                                + "{\"items\":[{\"description\":\"Edit\",\"line_total\":\"267.50\",\"optional\":false,"
                                + "\"quantity\":\"1.500\",\"selected\":true,\"tax_rate\":\"7.000\",\"unit_price\":\"166.6650\"},"
                                + "{\"description\":\"Colour grade\",\"line_total\":\"357.00\",\"optional\":true,"
                                + "\"quantity\":\"1.000\",\"selected\":false,\"tax_rate\":\"19.000\",\"unit_price\":\"300.0000\"}],"
                                + "\"name\":\"Post\"}],\"terms\":\"50 % on signing.\",\"title\":\"Brand film\","
                                + "\"totals\":{\"deposit_amount\":\"437.25\",\"deposit_percent\":\"30.00\",\"subtotal\":\"1250.00\","
                                + "\"tax_total\":\"207.50\",\"total\":\"1457.50\"},\"valid_until\":\"2026-12-31\",\"version\":\"1\"}");
    }

    @Test
    void theHashIsStableAndChangesWithTheContent() {
        var hash = ProposalContent.sha256(proposal(), CLIENT);

        assertThat(ProposalContent.sha256(proposal(), CLIENT)).isEqualTo(hash).matches("[0-9a-f]{64}");
        var chosen = proposal();
        var grade = chosen.items().get(2).id();
        chosen.send("hash", "ann@client.test", LocalDate.parse("2026-11-21"), NOW);
        chosen.decide(ProposalStatus.SIGNED, List.of(grade), NOW);
        assertThat(ProposalContent.sha256(chosen, CLIENT)).isNotEqualTo(hash);
        assertThat(ProposalContent.sha256(proposal(), new ClientParty("Ann Client", null, "ann@client.test")))
                .isNotEqualTo(hash);
    }
}
