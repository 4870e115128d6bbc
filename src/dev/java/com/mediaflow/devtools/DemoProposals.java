package com.mediaflow.devtools;

import com.mediaflow.shared.security.SecretTokens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo studio's sales: leads at every stage of the pipeline, a draft proposal and one sent to a
 * client, whose public link is logged so the client's page can be tried at once.
 */
final class DemoProposals {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    private final JdbcTemplate jdbc;

    DemoProposals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Line(
            String section, String description, String quantity, String unitPrice, String taxRate, boolean optional) {}

    /** Seeds the sales data; the token of the sent proposal's link. */
    String seed(UUID owner, List<UUID> companies, LocalDate today, Instant now) {
        lead("Mara Lindqvist", "Lindqvist Coffee", "NEW", "8000", "website", owner, today.plusDays(40), now);
        lead("Jonas Weber", "Weber Bikes", "CONTACTED", "15000", "referral", owner, today.plusDays(30), now);
        lead("Priya Nair", "Lotus Festival", "QUALIFIED", "22000", "event", owner, today.plusDays(21), now);
        lead("Tom Becker", null, "LOST", "3000", "social", owner, today.minusDays(10), now);
        var lines = List.of(
                new Line("Pre-production", "Concept and storyboard", "1", "1800", "19", false),
                new Line("Shoot", "Shoot day with crew of four", "2", "3200", "19", false),
                new Line("Post-production", "Edit, two rounds of changes", "1", "2400", "19", false),
                new Line("Post-production", "Colour grade", "1", "900", "19", true),
                new Line("Post-production", "Licensed music", "1", "450", "7", true));
        proposal(companies.get(0), "Spring campaign film", "DRAFT", null, lines, owner, today, now);
        var token = SecretTokens.generate();
        proposal(companies.get(1), "Brand documentary", "SENT", token, lines, owner, today, now);
        log.info("Demo proposal sent to a client: open /p/{} to see the client's page", token);
        return token;
    }

    /** The next number of the studio's proposal series, as the application takes it. */
    private int nextSequence(int year) {
        var sequence = jdbc.queryForObject("""
                INSERT INTO proposals_number_counters (series, year, last_number)
                VALUES ((SELECT proposal_prefix FROM organization_settings WHERE id = 1), ?, 1)
                ON CONFLICT (series, year)
                DO UPDATE SET last_number = proposals_number_counters.last_number + 1
                RETURNING last_number
                """, Integer.class, year);
        return sequence == null ? 1 : sequence;
    }

    private void lead(
            String name,
            String company,
            String status,
            String value,
            String source,
            UUID owner,
            LocalDate close,
            Instant now) {
        var email = name.toLowerCase().replace(' ', '.') + "@prospect.example";
        jdbc.update(
                """
                INSERT INTO proposals_leads (id, name, company, email, status, estimated_value, currency, source,
                                             owner_id, expected_close_date, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?)
                """,
                UUID.randomUUID(),
                name,
                company,
                email,
                status,
                new BigDecimal(value),
                source,
                owner,
                Date.valueOf(close),
                owner,
                Timestamp.from(now),
                Timestamp.from(now));
    }

    private void proposal(
            UUID client,
            String title,
            String status,
            String token,
            List<Line> lines,
            UUID owner,
            LocalDate today,
            Instant now) {
        var id = UUID.randomUUID();
        var sequence = nextSequence(today.getYear());
        var prefix =
                jdbc.queryForObject("SELECT proposal_prefix FROM organization_settings WHERE id = 1", String.class);
        var number = prefix + "-" + today.getYear() + "-" + String.format("%04d", sequence);
        var subtotal = BigDecimal.ZERO;
        var tax = BigDecimal.ZERO;
        for (var line : lines) {
            if (!line.optional()) {
                var net = net(line);
                subtotal = subtotal.add(net);
                tax = tax.add(tax(line, net));
            }
        }
        var sent = token == null ? null : Timestamp.from(now.minus(2, ChronoUnit.DAYS));
        jdbc.update(
                """
                INSERT INTO proposals_proposals (id, number, number_series, number_year, number_sequence, revision,
                    status, title, client_id, intro, terms, valid_until, currency, deposit_percent,
                    allow_optional_selection, subtotal, tax_total, total, owner_id, token_hash, sent_at, sent_to,
                    created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'EUR', 30, TRUE, ?, ?, ?, ?, ?, ?,
                        (SELECT email FROM contacts WHERE id = ?), ?, ?, ?)
                """,
                id,
                number,
                prefix,
                today.getYear(),
                sequence,
                status,
                title,
                client,
                "Thank you for the briefing. Here is how we would make it.",
                "30 % deposit on signing, the rest on delivery. Two rounds of changes included.",
                Date.valueOf(today.plusDays(30)),
                subtotal,
                tax,
                subtotal.add(tax),
                owner,
                token == null ? null : SecretTokens.hash(token),
                sent,
                client,
                owner,
                Timestamp.from(now),
                Timestamp.from(now));
        var position = 1;
        for (var line : lines) {
            var net = net(line);
            jdbc.update(
                    """
                    INSERT INTO proposals_items (id, proposal_id, section, position, description, quantity, unit_price,
                                                 tax_rate, optional, selected, net_amount, tax_amount)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    UUID.randomUUID(),
                    id,
                    line.section(),
                    position++,
                    line.description(),
                    new BigDecimal(line.quantity()),
                    new BigDecimal(line.unitPrice()),
                    new BigDecimal(line.taxRate()),
                    line.optional(),
                    !line.optional(),
                    net,
                    tax(line, net));
        }
        jdbc.update("""
                INSERT INTO proposals_activities (id, proposal_id, number, revision, kind, description, actor_id, occurred_at)
                VALUES (?, ?, ?, 1, 'created', 'Created', ?, ?)
                """, UUID.randomUUID(), id, number, owner, Timestamp.from(now));
        if (sent != null) {
            jdbc.update("""
                    INSERT INTO proposals_activities (id, proposal_id, number, revision, kind, description, actor_id,
                                                      occurred_at)
                    VALUES (?, ?, ?, 1, 'sent', 'Sent to the client', ?, ?)
                    """, UUID.randomUUID(), id, number, owner, sent);
        }
    }

    private static BigDecimal net(Line line) {
        return new BigDecimal(line.quantity())
                .multiply(new BigDecimal(line.unitPrice()))
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal tax(Line line, BigDecimal net) {
        return net.multiply(new BigDecimal(line.taxRate())).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
}
