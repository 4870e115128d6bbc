package com.mediaflow.proposals.page;

import com.mediaflow.support.Api;
import com.mediaflow.support.ProposalFixtures;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A proposal made and sent through the studio's routes, its link read from the e-mail the client
 * received: two production lines, an optional drone day the client may add, editing, 19 % tax and a
 * 30 % deposit.
 *
 * <pre>
 *   Shoot day with crew of four   2 day × 1,200.00   net 2,400.00   tax 456.00
 *   Drone operator (optional)     1 day ×   650.00   net   650.00   tax 123.50   not chosen yet
 *   Editing                       3 day ×   700.00   net 2,100.00   tax 399.00
 *   subtotal 4,500.00  tax 855.00  total 5,355.00  deposit 1,606.50
 * </pre>
 */
final class SentProposals {

    static final String TITLE = "Brand film <spring> & \"summer\"";

    record Sent(UUID id, String number, String token, UUID droneItemId) {}

    private final ProposalFixtures proposals;
    private final JdbcClient jdbc;

    SentProposals(MockMvcTester mvc, JdbcClient jdbc) {
        this.proposals = new ProposalFixtures(mvc, jdbc);
        this.jdbc = jdbc;
    }

    Sent send(TestUsers.TestUser producer) {
        var client = proposals.client(producer);
        var id = proposals.create(
                producer,
                Api.body(
                        "title",
                        TITLE,
                        "client_id",
                        client.id(),
                        "valid_until",
                        LocalDate.now().plusDays(30).toString(),
                        "currency",
                        "EUR",
                        "intro",
                        "Thank you for the brief.\nHere is what we propose.",
                        "terms",
                        "30% deposit on signature, the rest on delivery.",
                        "deposit_percent",
                        new BigDecimal("30"),
                        "allow_optional_selection",
                        true,
                        "items",
                        List.of(
                                item("Production", "Shoot day with crew of four", "2", "1200", false),
                                item("Production", "Drone operator", "1", "650", true),
                                item("Post-production", "Editing", "3", "700", false))));
        var token = proposals.send(producer, id, client.email());
        var proposalId = UUID.fromString(id);
        var number = jdbc.sql("SELECT number FROM proposals_proposals WHERE id = :id")
                .param("id", proposalId)
                .query(String.class)
                .single();
        var drone = jdbc.sql(
                        "SELECT id FROM proposals_items WHERE proposal_id = :id AND description = 'Drone operator'")
                .param("id", proposalId)
                .query(UUID.class)
                .single();
        return new Sent(proposalId, number, token, drone);
    }

    private static Map<String, Object> item(
            String section, String description, String quantity, String unitPrice, boolean optional) {
        return Api.body(
                "section",
                section,
                "description",
                description,
                "quantity",
                new BigDecimal(quantity),
                "unit",
                "day",
                "unit_price",
                new BigDecimal(unitPrice),
                "tax_rate",
                new BigDecimal("19"),
                "optional",
                optional);
    }
}
