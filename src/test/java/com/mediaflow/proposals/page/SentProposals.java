package com.mediaflow.proposals.page;

import com.mediaflow.shared.security.SecretTokens;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A proposal already sent to its client, written straight into the tables: two production lines,
 * an optional drone day the client may add, editing, 19 % tax and a 30 % deposit.
 *
 * <pre>
 *   Shoot day with crew of four   2 day × 1,200.00   net 2,400.00   tax 456.00
 *   Drone operator (optional)     1 day ×   650.00   net   650.00   tax 123.50   not selected
 *   Editing                       3 day ×   700.00   net 2,100.00   tax 399.00
 *   subtotal 4,500.00  tax 855.00  total 5,355.00  deposit 1,606.50
 * </pre>
 */
final class SentProposals {

    record Sent(UUID id, String number, String token, UUID droneItemId) {}

    private final JdbcClient jdbc;

    SentProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Sent create(UUID ownerId, UUID clientId) {
        var id = UUID.randomUUID();
        var token = SecretTokens.generate();
        var sequence = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var number = "PROP-2026-" + sequence;
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO proposals_proposals (id, number, number_series, number_year, number_sequence, revision,
                            status, title, client_id, intro, terms, valid_until, currency, deposit_percent,
                            allow_optional_selection, subtotal, tax_total, total, owner_id, token_hash, sent_at, sent_to,
                            created_by, created_at, updated_at)
                        VALUES (:id, :number, 'PROP', 2026, :sequence, 1, 'SENT', :title, :client, :intro, :terms,
                            :validUntil, 'EUR', 30, TRUE, 4500.00, 855.00, 5355.00, :owner, :tokenHash, :now,
                            'client@acme.test', :owner, :now, :now)
                        """)
                .param("id", id)
                .param("number", number)
                .param("sequence", sequence)
                .param("title", "Brand film <spring> & \"summer\"")
                .param("client", clientId)
                .param("intro", "Thank you for the brief.\nHere is what we propose.")
                .param("terms", "30% deposit on signature, the rest on delivery.")
                .param("validUntil", LocalDate.now().plusDays(30))
                .param("owner", ownerId)
                .param("tokenHash", SecretTokens.hash(token))
                .param("now", now)
                .update();
        item(id, "Production", 1, "Shoot day with crew of four", "2", "1200", false, "2400.00", "456.00");
        var drone = item(id, "Production", 2, "Drone operator", "1", "650", true, "650.00", "123.50");
        item(id, "Post-production", 3, "Editing", "3", "700", false, "2100.00", "399.00");
        return new Sent(id, number, token, drone);
    }

    private UUID item(
            UUID proposalId,
            String section,
            int position,
            String description,
            String quantity,
            String unitPrice,
            boolean optional,
            String net,
            String tax) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO proposals_items (id, proposal_id, section, position, description, quantity, unit,
                            unit_price, tax_rate, optional, selected, net_amount, tax_amount)
                        VALUES (:id, :proposal, :section, :position, :description, :quantity, 'day', :unitPrice, 19,
                            :optional, :selected, :net, :tax)
                        """)
                .param("id", id)
                .param("proposal", proposalId)
                .param("section", section)
                .param("position", position)
                .param("description", description)
                .param("quantity", new BigDecimal(quantity))
                .param("unitPrice", new BigDecimal(unitPrice))
                .param("optional", optional)
                .param("selected", !optional)
                .param("net", new BigDecimal(net))
                .param("tax", new BigDecimal(tax))
                .update();
        return id;
    }
}
