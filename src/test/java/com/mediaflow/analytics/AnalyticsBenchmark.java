package com.mediaflow.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.analytics.internal.AnalyticsCache;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.FreshDatabase;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestUsers;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * How fast the dashboard, revenue trends and project profitability answer at volume: 100k invoices
 * (with their payments), 1M income and expense rows and 1M time entries generated inside an empty
 * PostgreSQL with {@code generate_series}, then the median and 95th percentile latency of each
 * figure through the {@link Analytics} facade, cold (cache cleared before every call) and cached.
 * Prints figures; not part of the build (the name does not end in Tests). Run it with
 * {@code ./mvnw test -Dtest=AnalyticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
@ContextConfiguration(initializers = FreshDatabase.class)
class AnalyticsBenchmark {

    private static final int COLD = 30;
    private static final int CACHED = 300;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    Analytics analytics;

    @Autowired
    AnalyticsCache cache;

    @Test
    void figuresAtVolume() {
        var owner = users.create(Role.OWNER);
        generate(owner.id());
        var viewer = new CurrentUser(owner.id(), owner.email(), owner.fullName(), Role.OWNER, "benchmark");
        var today = LocalDate.now();
        var thisMonth = analytics.period(null, null);
        var lastYear = analytics.period(today.minusMonths(12).withDayOfMonth(1), today);
        var quarter = analytics.period(today.minusMonths(3), today);

        measure("dashboard, this month", () -> analytics.dashboard(thisMonth, null, viewer));
        measure("dashboard, last 12 months", () -> analytics.dashboard(lastYear, null, viewer));
        measure(
                "revenue trends monthly, last 12 months",
                () -> analytics.revenueTrends(lastYear, TrendPeriod.MONTHLY, null, viewer));
        measure(
                "revenue trends daily, last 3 months",
                () -> analytics.revenueTrends(quarter, TrendPeriod.DAILY, null, viewer));
        measure("project profitability, last 3 months", () -> analytics.projectProfitability(quarter, null, viewer));
        measure("project profitability, last 12 months", () -> analytics.projectProfitability(lastYear, null, viewer));
    }

    private void measure(String name, Supplier<?> figure) {
        for (int i = 0; i < 3; i++) {
            cache.invalidate();
            assertThat(figure.get()).isNotNull();
        }
        var cold = new long[COLD];
        for (int i = 0; i < COLD; i++) {
            cache.invalidate();
            var start = System.nanoTime();
            figure.get();
            cold[i] = System.nanoTime() - start;
        }
        figure.get();
        var cached = new long[CACHED];
        for (int i = 0; i < CACHED; i++) {
            var start = System.nanoTime();
            figure.get();
            cached[i] = System.nanoTime() - start;
        }
        System.out.printf(
                "%-40s cold: median %7.1f ms, p95 %7.1f ms | cached: median %5.2f ms, p95 %5.2f ms%n",
                name, median(cold), p95(cold), median(cached), p95(cached));
    }

    private static double median(long[] nanos) {
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1_000_000.0;
    }

    private static double p95(long[] nanos) {
        Arrays.sort(nanos);
        return nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1_000_000.0;
    }

    private void generate(java.util.UUID owner) {
        step("50 members", """
                INSERT INTO team_members (id, email, full_name, role, status, hourly_cost, billable_rate, created_at,
                                          updated_at)
                SELECT gen_random_uuid(), 'bench-' || g || '@bench.test', 'Bench Member ' || g, 'EDITOR', 'ACTIVE',
                       40 + g % 30, 90 + g % 50, now(), now()
                FROM generate_series(1, 50) AS g
                """, owner);
        step("500 clients", """
                INSERT INTO contacts (id, type, display_name, created_by, created_at, updated_at)
                SELECT gen_random_uuid(), 'COMPANY', 'Bench Client ' || g, :owner, now(), now()
                FROM generate_series(1, 500) AS g
                """, owner);
        step("2,000 projects", """
                WITH c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM contacts)
                INSERT INTO projects (id, code, name, client_id, type, status, start_date, deadline, currency,
                                      created_at, updated_at, delivered_at)
                SELECT gen_random_uuid(), 'BP-' || g, 'Bench production ' || g, c.id,
                       (ARRAY['COMMERCIAL', 'CORPORATE', 'MUSIC_VIDEO', 'DOCUMENTARY'])[1 + g % 4],
                       (ARRAY['PLANNING', 'PRODUCTION', 'POST_PRODUCTION', 'DELIVERED', 'COMPLETED', 'CANCELLED'])[1 + g % 6],
                       current_date - (g % 1000), current_date - (g % 1000) + 60, 'EUR', now(), now(),
                       CASE WHEN g % 6 IN (3, 4) THEN now() - (g % 900) * interval '1 day' END
                FROM generate_series(1, 2000) AS g JOIN c ON c.n = g % 500
                """, owner);
        step("20,000 tasks", """
                WITH p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM projects),
                     m AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM team_members WHERE email LIKE 'bench-%')
                INSERT INTO tasks (id, project_id, title, assignee_id, status, priority, due_date, completed_at,
                                   created_at, updated_at)
                SELECT gen_random_uuid(), p.id, 'Task ' || g, m.id,
                       CASE WHEN g % 3 = 0 THEN 'DONE' ELSE 'IN_PROGRESS' END, 'MEDIUM',
                       current_date - (g % 900) + 30,
                       CASE WHEN g % 3 = 0 THEN now() - (g % 900) * interval '1 day' END, now(), now()
                FROM generate_series(1, 20000) AS g JOIN p ON p.n = g % 2000 JOIN m ON m.n = g % 50
                """, owner);
        step("1,000,000 time entries", """
                WITH t AS (SELECT id, project_id, assignee_id, row_number() OVER (ORDER BY id) - 1 AS n FROM tasks)
                INSERT INTO task_time_entries (id, task_id, project_id, member_id, work_date, minutes, billable,
                                               hourly_cost, billable_rate, rate_currency, created_at, updated_at)
                SELECT gen_random_uuid(), t.id, t.project_id, t.assignee_id, current_date - (g % 1095),
                       15 * (1 + g % 16), g % 4 <> 0, 40 + g % 30, 95, 'EUR', now(), now()
                FROM generate_series(1, 1000000) AS g JOIN t ON t.n = g % 20000
                """, owner);
        step("100,000 invoices", """
                WITH p AS (SELECT id, client_id, row_number() OVER (ORDER BY id) - 1 AS n FROM projects)
                INSERT INTO accounting_invoices (id, kind, number, number_series, number_year, number_sequence, status,
                    client_id, client_name, project_id, currency, issue_date, due_date, gross_total, discount_total,
                    subtotal, tax_total, total, amount_paid, amount_credited, issued_by, issued_at, voided_at,
                    void_reason, created_by, created_at, updated_at)
                SELECT gen_random_uuid(), 'INVOICE', 'BI-' || g, 'BI', 2026, g, s.status, p.client_id, 'Bench client',
                       p.id, CASE WHEN g % 10 = 0 THEN 'USD' ELSE 'EUR' END, current_date - (g % 1095),
                       current_date - (g % 1095) + 30, 100 + g % 5000, 0, 100 + g % 5000, 0, 100 + g % 5000,
                       CASE s.status WHEN 'PAID' THEN 100 + g % 5000 WHEN 'PARTIALLY_PAID' THEN 50 + (g % 5000) / 2
                                     ELSE 0 END,
                       0, :owner, now(), CASE WHEN s.status = 'VOID' THEN now() END,
                       CASE WHEN s.status = 'VOID' THEN 'Bench' END, :owner, now(), now()
                FROM generate_series(1, 100000) AS g
                JOIN p ON p.n = g % 2000
                CROSS JOIN LATERAL (SELECT (ARRAY['SENT', 'PAID', 'PARTIALLY_PAID', 'PAID', 'VOID', 'ISSUED'])[1 + g % 6]
                                           AS status) AS s
                """, owner);
        step("payments of paid invoices", """
                INSERT INTO accounting_invoice_payments (id, invoice_id, amount, paid_on, method, recorded_by, recorded_at)
                SELECT gen_random_uuid(), i.id, i.amount_paid, i.issue_date + i.number_sequence % 30, 'BANK_TRANSFER',
                       :owner, now()
                FROM accounting_invoices i WHERE i.amount_paid > 0
                """, owner);
        step("income entries of the payments", """
                INSERT INTO accounting_income (id, source, description, amount, currency, status, received_date,
                    project_id, client_id, invoice_id, payment_id, created_by, created_at, updated_at)
                SELECT gen_random_uuid(), 'INVOICE_PAYMENT', 'Payment', p.amount, i.currency, 'RECEIVED', p.paid_on,
                       i.project_id, i.client_id, i.id, p.id, :owner, now(), now()
                FROM accounting_invoice_payments p JOIN accounting_invoices i ON i.id = p.invoice_id
                """, owner);
        step("500,000 income rows", """
                WITH p AS (SELECT id, client_id, row_number() OVER (ORDER BY id) - 1 AS n FROM projects)
                INSERT INTO accounting_income (id, source, description, amount, currency, status, expected_date,
                    received_date, project_id, client_id, created_by, created_at, updated_at)
                SELECT gen_random_uuid(), CASE WHEN g % 2 = 0 THEN 'RETAINER' ELSE 'OTHER' END, 'Bench income',
                       10 + g % 3000, CASE WHEN g % 10 = 0 THEN 'USD' ELSE 'EUR' END,
                       CASE WHEN g % 5 = 0 THEN 'EXPECTED' ELSE 'RECEIVED' END, current_date - (g % 1095) + 30,
                       CASE WHEN g % 5 = 0 THEN NULL ELSE current_date - (g % 1095) END,
                       CASE WHEN g % 7 = 0 THEN NULL ELSE p.id END, p.client_id, :owner, now(), now()
                FROM generate_series(1, 500000) AS g JOIN p ON p.n = g % 2000
                """, owner);
        step("500,000 expenses", """
                WITH p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM projects),
                     m AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM team_members WHERE email LIKE 'bench-%')
                INSERT INTO accounting_expenses (id, project_id, category, description, amount, tax_amount, currency,
                    expense_date, billable, status, submitted_by, submitted_at, approved_by, approved_at, rejected_by,
                    rejected_at, rejection_reason, paid_by, paid_at, created_at, updated_at)
                SELECT gen_random_uuid(), CASE WHEN g % 5 = 0 THEN NULL ELSE p.id END,
                       (ARRAY['CREW', 'EQUIPMENT_RENTAL', 'LOCATION', 'TRAVEL', 'CATERING', 'POST_PRODUCTION',
                              'SOFTWARE', 'MARKETING', 'OFFICE', 'OTHER'])[1 + g % 10],
                       'Bench expense', 5 + g % 2000, 0, CASE WHEN g % 10 = 0 THEN 'USD' ELSE 'EUR' END,
                       current_date - (g % 1095), false, s.status, m.id, now(),
                       CASE WHEN s.status IN ('APPROVED', 'PAID') THEN :owner END,
                       CASE WHEN s.status IN ('APPROVED', 'PAID') THEN now() END,
                       CASE WHEN s.status = 'REJECTED' THEN :owner END, CASE WHEN s.status = 'REJECTED' THEN now() END,
                       CASE WHEN s.status = 'REJECTED' THEN 'Bench' END,
                       CASE WHEN s.status = 'PAID' THEN :owner END, CASE WHEN s.status = 'PAID' THEN now() END,
                       now(), now()
                FROM generate_series(1, 500000) AS g
                JOIN p ON p.n = g % 2000 JOIN m ON m.n = g % 50
                CROSS JOIN LATERAL (SELECT (ARRAY['APPROVED', 'PAID', 'PENDING', 'APPROVED', 'REJECTED', 'PAID'])[1 + g % 6]
                                           AS status) AS s
                """, owner);
        step("vacuum and analyze (as autovacuum would)", "VACUUM ANALYZE", owner);
    }

    private void step(String name, String sql, java.util.UUID owner) {
        var started = System.nanoTime();
        var statement = jdbc.sql(sql);
        if (sql.contains(":owner")) {
            statement = statement.param("owner", owner);
        }
        var rows = statement.update();
        System.out.printf("Generated %s (%d rows) in %d ms%n", name, rows, (System.nanoTime() - started) / 1_000_000);
    }
}
