package com.mediaflow.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class DemoAccountingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TestUsers users;

    @Test
    void theDemoBooksShowInTheDashboardAndKeepTheNumberingGapless() {
        var api = new Api(mvc);
        var fixtures = new AccountingFixtures(api, jdbc);
        var owner = users.create(Role.OWNER);
        var manager = users.create(Role.MANAGER);
        var clients = List.of(
                fixtures.projects().client(owner),
                fixtures.projects().client(owner),
                fixtures.projects().client(owner));
        var today = fixtures.projects().today();

        var delivered = UUID.fromString(fixtures.projects().project(owner));
        var inPost = UUID.fromString(fixtures.projects().project(owner));
        var current = List.of(
                new DemoAccounting.Production(
                        delivered, clientOf(delivered), today.minusDays(30), today.minusDays(8), false),
                new DemoAccounting.Production(inPost, clientOf(inPost), today.minusDays(20), null, true));

        var books = new DemoAccounting(jdbcTemplate, 7L)
                .seed(List.of(owner.id(), manager.id()), clients, current, today, Instant.now());

        assertThat(books.expenses()).isGreaterThan(100);
        assertThat(books.payments()).isGreaterThan(10);
        var seeded = jdbc.sql("""
                        SELECT status, count(*) FROM accounting_invoices WHERE client_id IN (:clients) OR project_id IN (:projects) GROUP BY status
                        """)
                .param("clients", clients)
                .param("projects", List.of(delivered, inPost))
                .query((rs, row) -> rs.getString(1))
                .list();
        assertThat(seeded).contains("PAID", "PARTIALLY_PAID", "VOID", "DRAFT");
        var overdue = jdbc.sql("""
                        SELECT count(*) FROM accounting_invoices
                        WHERE (client_id IN (:clients) OR project_id IN (:projects)) AND due_date < :today
                          AND status IN ('ISSUED', 'SENT')
                        """)
                .param("clients", clients)
                .param("projects", List.of(delivered, inPost))
                .param("today", today)
                .query(Long.class)
                .single();
        assertThat(overdue).isPositive();

        // The next invoice issued through the API takes the next number of the series, with no gap.
        var year = today.getYear();
        var series = jdbc.sql("SELECT invoice_prefix FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single();
        var last = jdbc.sql(
                        "SELECT last_number FROM accounting_number_counters WHERE series = :series AND year = :year")
                .param("series", series)
                .param("year", year)
                .query(Integer.class)
                .single();
        var issued = fixtures.issued(owner, "EUR", "250.00");
        var number = jdbc.sql("SELECT number FROM accounting_invoices WHERE id = :id")
                .param("id", UUID.fromString(issued))
                .query(String.class)
                .single();
        assertThat(number).isEqualTo("%s-%d-%04d".formatted(series, year, last + 1));
        var sequences = jdbc.sql("""
                        SELECT number_sequence FROM accounting_invoices
                        WHERE number_series = :series AND number_year = :year ORDER BY number_sequence
                        """)
                .param("series", series)
                .param("year", year)
                .query(Integer.class)
                .list();
        assertThat(sequences).hasSize(last + 1);
        assertThat(sequences.get(sequences.size() - 1)).isEqualTo(last + 1);

        // The dashboard of the last twelve months shows the seeded money, by accounting's definitions.
        var start = today.minusMonths(12).plusDays(1);
        var dashboard =
                api.get(owner, "/api/analytics/dashboard?currency=EUR&start_date=" + start + "&end_date=" + today);
        assertThat(dashboard).hasStatusOk();
        var revenue = AccountingFixtures.decimal(dashboard, "$.total_revenue");
        var expenses = AccountingFixtures.decimal(dashboard, "$.total_expenses");
        var expected = jdbc.sql("""
                        SELECT (SELECT COALESCE(SUM(p.amount), 0) FROM accounting_invoice_payments p
                                JOIN accounting_invoices i ON i.id = p.invoice_id
                                WHERE i.currency = 'EUR' AND i.status <> 'VOID' AND p.paid_on BETWEEN :start AND :end)
                             + (SELECT COALESCE(SUM(n.amount), 0) FROM accounting_income n
                                WHERE n.currency = 'EUR' AND n.status = 'RECEIVED' AND n.source <> 'INVOICE_PAYMENT'
                                  AND n.received_date BETWEEN :start AND :end)
                        """)
                .param("start", start)
                .param("end", today)
                .query(BigDecimal.class)
                .single();
        assertThat(revenue).isPositive().isEqualByComparingTo(expected);
        assertThat(revenue).isGreaterThanOrEqualTo(books.paid().add(books.received()));
        assertThat(expenses).isGreaterThanOrEqualTo(books.approvedExpenses()).isPositive();

        // A seeded issued invoice's PDF is archived and served on its first request.
        UUID paid = jdbc.sql("""
                        SELECT id FROM accounting_invoices WHERE client_id IN (:clients) AND status = 'PAID' LIMIT 1
                        """).param("clients", clients).query(UUID.class).single();
        var pdf = api.get(owner, "/api/accounting/invoices/" + paid + "/pdf");
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        var invoice = api.get(owner, "/api/accounting/invoices/" + paid);
        assertThat(invoice).hasStatusOk();
        assertThat(Json.<String>read(invoice, "$.status")).isEqualTo("paid");
    }

    private UUID clientOf(UUID project) {
        return jdbc.sql("SELECT client_id FROM projects WHERE id = :id")
                .param("id", project)
                .query(UUID.class)
                .single();
    }
}
