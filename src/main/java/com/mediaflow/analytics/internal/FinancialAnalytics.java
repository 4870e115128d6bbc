package com.mediaflow.analytics.internal;

import static com.mediaflow.analytics.internal.Figures.COST_STATUSES;
import static com.mediaflow.analytics.internal.Figures.inScope;
import static com.mediaflow.analytics.internal.Figures.percent;
import static com.mediaflow.analytics.internal.Figures.scoped;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.Dashboard;
import com.mediaflow.analytics.ExpenseBreakdown;
import com.mediaflow.analytics.Overview;
import com.mediaflow.analytics.ProfitMargins;
import com.mediaflow.analytics.ProjectProfitability;
import com.mediaflow.analytics.Revenue;
import com.mediaflow.analytics.RevenueTrends;
import com.mediaflow.analytics.TrendPeriod;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money figures, each one aggregate over its rows in one currency (no conversion), restricted
 * to the projects whose money the caller may see. The definitions are accounting's:
 *
 * <ul>
 *   <li>revenue: payments received on invoices (by payment date, void invoices excluded) plus
 *       received income that is not an invoice payment (by the day received). Credit notes only
 *       reduce what an invoice still owes (never more than its balance) and refund nothing, so they
 *       do not reduce revenue; they are reported as {@code credited}.
 *   <li>expenses: approved and paid expenses, tax included, by expense date.
 *   <li>net profit = revenue − expenses; margin = net profit ÷ revenue × 100.
 *   <li>time cost: logged minutes × the hourly cost copied onto each entry, rounded half-up to the
 *       currency's minor unit per entry (as the project budget does).
 * </ul>
 *
 * Repeatable read, so the several queries of one figure see the same data.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class FinancialAnalytics {

    private static final String PAYMENTS = """
            FROM accounting_invoice_payments p JOIN accounting_invoices i ON i.id = p.invoice_id
            WHERE i.currency = :currency AND i.status <> 'VOID' AND p.paid_on BETWEEN :from AND :to
              AND %s
            """.formatted(inScope("i.project_id"));

    private static final String OTHER_INCOME = """
            FROM accounting_income n
            WHERE n.status = 'RECEIVED' AND n.source <> 'INVOICE_PAYMENT' AND n.currency = :currency
              AND n.received_date BETWEEN :from AND :to AND %s
            """.formatted(inScope("n.project_id"));

    private static final String EXPENSES = """
            FROM accounting_expenses e
            WHERE e.status IN %s AND e.currency = :currency AND e.expense_date BETWEEN :from AND :to AND %s
            """.formatted(COST_STATUSES, inScope("e.project_id"));

    private static final String LOGGED_TIME = """
            FROM task_time_entries t
            WHERE t.hourly_cost IS NOT NULL AND t.rate_currency = :currency AND t.work_date BETWEEN :from AND :to
              AND %s
            """.formatted(inScope("t.project_id"));

    private static final String TIME_COST = "ROUND(t.minutes * t.hourly_cost / 60, :scale)";

    private static final List<String> CATEGORIES = List.of(
            "CREW",
            "EQUIPMENT_RENTAL",
            "LOCATION",
            "TRAVEL",
            "CATERING",
            "POST_PRODUCTION",
            "SOFTWARE",
            "MARKETING",
            "OFFICE",
            "OTHER");

    private final JdbcClient jdbc;
    private final Studio studio;
    private final ProductionAnalytics production;
    private final TeamAnalytics team;

    FinancialAnalytics(JdbcClient jdbc, Studio studio, ProductionAnalytics production, TeamAnalytics team) {
        this.jdbc = jdbc;
        this.studio = studio;
        this.production = production;
        this.team = team;
    }

    record Totals(BigDecimal payments, long paymentCount, BigDecimal otherIncome, BigDecimal expenses) {

        BigDecimal revenue() {
            return payments.add(otherIncome);
        }
    }

    Totals totals(AnalyticsPeriod period, String currency, ProjectScope scope) {
        var sql = "WITH pay AS (SELECT COALESCE(SUM(p.amount), 0) AS amount, COUNT(*) AS n " + PAYMENTS + "), "
                + "inc AS (SELECT COALESCE(SUM(n.amount), 0) AS amount " + OTHER_INCOME + "), "
                + "exp AS (SELECT COALESCE(SUM(e.amount), 0) AS amount " + EXPENSES + ") "
                + "SELECT pay.amount AS payments, pay.n AS payment_count, inc.amount AS other_income, "
                + "exp.amount AS expenses FROM pay, inc, exp";
        return query(sql, period, currency, scope).query(Totals.class).single();
    }

    public Dashboard dashboard(AnalyticsPeriod period, String currency, Viewer viewer) {
        var all = totalsByCurrency(period, viewer.money());
        var totals = all.getOrDefault(currency, new Totals(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        var net = totals.revenue().subtract(totals.expenses());
        var today = studio.today();
        var utilization = team.utilization(period).utilization();
        return new Dashboard(
                money(totals.revenue(), currency),
                money(totals.expenses(), currency),
                money(net, currency),
                percent(net, totals.revenue()),
                production.activeProjects(viewer.projects()),
                pendingInvoices(viewer.money()),
                production.overdueTasks(viewer.projects(), today),
                utilization,
                currency,
                period,
                List.copyOf(all.keySet()));
    }

    public Overview.FinancialTotals overviewFinancials(AnalyticsPeriod period, String currency, Viewer viewer) {
        var totals = totals(period, currency, viewer.money());
        var net = totals.revenue().subtract(totals.expenses());
        var receivables = scoped(jdbc.sql("""
                                SELECT COALESCE(SUM(i.total - i.amount_paid - i.amount_credited), 0) AS outstanding,
                                       COALESCE(SUM(i.total - i.amount_paid - i.amount_credited)
                                                FILTER (WHERE i.due_date < :today), 0) AS overdue
                                FROM accounting_invoices i
                                WHERE i.kind = 'INVOICE' AND i.status IN ('ISSUED', 'SENT', 'PARTIALLY_PAID')
                                  AND i.currency = :currency AND %s
                                """.formatted(inScope("i.project_id"))), viewer.money())
                .param("today", studio.today())
                .param("currency", currency)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal("outstanding"), rs.getBigDecimal("overdue")})
                .single();
        return new Overview.FinancialTotals(
                currency,
                money(totals.revenue(), currency),
                money(totals.expenses(), currency),
                money(net, currency),
                percent(net, totals.revenue()),
                money(receivables[0], currency),
                money(receivables[1], currency));
    }

    public Revenue revenue(AnalyticsPeriod period, String currency, Viewer viewer) {
        var totals = totals(period, currency, viewer.money());
        record Issued(BigDecimal invoiced, BigDecimal credited) {}
        var issued = query("""
                        SELECT COALESCE(SUM(i.total) FILTER (WHERE i.kind = 'INVOICE'), 0) AS invoiced,
                               COALESCE(SUM(i.total) FILTER (WHERE i.kind = 'CREDIT_NOTE'), 0) AS credited
                        FROM accounting_invoices i
                        WHERE i.status NOT IN ('DRAFT', 'VOID') AND i.currency = :currency
                          AND i.issue_date BETWEEN :from AND :to AND %s
                        """.formatted(inScope("i.project_id")), period, currency, viewer.money())
                .query(Issued.class)
                .single();
        record Client(UUID clientId, String clientName, BigDecimal revenue) {}
        var clients = query("""
                        WITH received AS (
                            SELECT i.client_id, SUM(p.amount) AS amount %s GROUP BY i.client_id
                            UNION ALL
                            SELECT n.client_id, SUM(n.amount) %s AND n.client_id IS NOT NULL GROUP BY n.client_id
                        )
                        SELECT r.client_id, c.display_name AS client_name, SUM(r.amount) AS revenue
                        FROM received r JOIN contacts c ON c.id = r.client_id
                        GROUP BY r.client_id, c.display_name
                        ORDER BY revenue DESC, c.display_name, r.client_id
                        LIMIT 10
                        """.formatted(PAYMENTS, OTHER_INCOME), period, currency, viewer.money())
                .query(Client.class)
                .list();
        return new Revenue(
                period,
                currency,
                money(totals.revenue(), currency),
                money(totals.payments(), currency),
                money(totals.otherIncome(), currency),
                totals.paymentCount(),
                money(issued.invoiced(), currency),
                money(issued.credited(), currency),
                clients.stream()
                        .map(c -> new Revenue.ClientRevenue(c.clientId(), c.clientName(), money(c.revenue(), currency)))
                        .toList());
    }

    public RevenueTrends trends(AnalyticsPeriod period, TrendPeriod size, String currency, Viewer viewer) {
        var unit = unit(size);
        var bucket = "CAST(date_trunc('" + unit + "', CAST(%s AS timestamp)) AS date)";
        var sql = """
                WITH buckets AS (
                    SELECT CAST(b AS date) AS bucket
                    FROM generate_series(date_trunc('%1$s', CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                         INTERVAL '1 %1$s') AS b
                ), received AS (
                    SELECT %2$s AS bucket, SUM(p.amount) AS amount %3$s GROUP BY 1
                    UNION ALL
                    SELECT %4$s AS bucket, SUM(n.amount) AS amount %5$s GROUP BY 1
                ), revenue AS (
                    SELECT bucket, SUM(amount) AS amount FROM received GROUP BY bucket
                ), spent AS (
                    SELECT %6$s AS bucket, SUM(e.amount) AS amount %7$s GROUP BY 1
                )
                SELECT b.bucket, COALESCE(r.amount, 0) AS revenue, COALESCE(s.amount, 0) AS expenses
                FROM buckets b LEFT JOIN revenue r ON r.bucket = b.bucket LEFT JOIN spent s ON s.bucket = b.bucket
                ORDER BY b.bucket
                """.formatted(
                        unit,
                        bucket.formatted("p.paid_on"),
                        PAYMENTS,
                        bucket.formatted("n.received_date"),
                        OTHER_INCOME,
                        bucket.formatted("e.expense_date"),
                        EXPENSES);
        record Bucket(LocalDate bucket, BigDecimal revenue, BigDecimal expenses) {}
        var points = query(sql, period, currency, viewer.money()).query(Bucket.class).list().stream()
                .map(b -> new RevenueTrends.TrendPoint(
                        label(b.bucket(), size),
                        money(b.revenue(), currency),
                        money(b.expenses(), currency),
                        money(b.revenue().subtract(b.expenses()), currency)))
                .toList();
        return new RevenueTrends(size, currency, period.startDate(), period.endDate(), points);
    }

    public ExpenseBreakdown expenseBreakdown(AnalyticsPeriod period, String currency, Viewer viewer) {
        record Row(String category, BigDecimal amount, long count) {}
        var rows = query(
                        "SELECT e.category, SUM(e.amount) AS amount, COUNT(*) AS count " + EXPENSES
                                + " GROUP BY e.category",
                        period,
                        currency,
                        viewer.money())
                .query(Row.class)
                .list();
        var total = rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var count = rows.stream().mapToLong(Row::count).sum();
        List<ExpenseBreakdown.CategoryExpense> categories = new ArrayList<>();
        for (var category : CATEGORIES) {
            var row = rows.stream()
                    .filter(r -> r.category().equals(category))
                    .findFirst()
                    .orElse(new Row(category, BigDecimal.ZERO, 0));
            categories.add(new ExpenseBreakdown.CategoryExpense(
                    category.toLowerCase(), money(row.amount(), currency), row.count(), percent(row.amount(), total)));
        }
        categories.sort((a, b) -> b.amount().compareTo(a.amount()));
        return new ExpenseBreakdown(period, currency, money(total, currency), count, categories);
    }

    public ProfitMargins profitMargins(AnalyticsPeriod period, String currency, Viewer viewer) {
        var totals = totals(period, currency, viewer.money());
        var net = totals.revenue().subtract(totals.expenses());
        var months = trends(period, TrendPeriod.MONTHLY, currency, viewer).data().stream()
                .map(p -> new ProfitMargins.MonthMargin(
                        p.date(), p.revenue(), p.expenses(), p.profit(), percent(p.profit(), p.revenue())))
                .toList();
        return new ProfitMargins(
                period,
                currency,
                money(totals.revenue(), currency),
                money(totals.expenses(), currency),
                money(net, currency),
                percent(net, totals.revenue()),
                months);
    }

    public ProjectProfitability projectProfitability(AnalyticsPeriod period, String currency, Viewer viewer) {
        var rows = projectMoney(period, currency, viewer.money());
        return new ProjectProfitability(period, currency, rows);
    }

    /** One project's money in its own currency over the period, for its performance. */
    ProjectProfitability.ProjectProfit projectMoney(AnalyticsPeriod period, String currency, UUID projectId) {
        var rows = projectMoney(period, currency, ProjectScope.only(java.util.Set.of(projectId)));
        return rows.isEmpty()
                ? new ProjectProfitability.ProjectProfit(
                        projectId,
                        "",
                        "",
                        "",
                        money(BigDecimal.ZERO, currency),
                        money(BigDecimal.ZERO, currency),
                        money(BigDecimal.ZERO, currency),
                        money(BigDecimal.ZERO, currency),
                        null)
                : rows.get(0);
    }

    private List<ProjectProfitability.ProjectProfit> projectMoney(
            AnalyticsPeriod period, String currency, ProjectScope scope) {
        var sql = """
                WITH received AS (
                    SELECT i.project_id, SUM(p.amount) AS amount %1$s AND i.project_id IS NOT NULL GROUP BY i.project_id
                    UNION ALL
                    SELECT n.project_id, SUM(n.amount) %2$s AND n.project_id IS NOT NULL GROUP BY n.project_id
                ), revenue AS (
                    SELECT project_id, SUM(amount) AS amount FROM received GROUP BY project_id
                ), spent AS (
                    SELECT e.project_id, SUM(e.amount) AS amount %3$s AND e.project_id IS NOT NULL GROUP BY e.project_id
                ), labour AS (
                    SELECT t.project_id, SUM(%4$s) AS amount %5$s GROUP BY t.project_id
                ), figures AS (
                    SELECT pr.id AS project_id, pr.code, pr.name, lower(pr.status) AS status,
                           COALESCE(r.amount, 0) AS revenue, COALESCE(s.amount, 0) AS expenses,
                           COALESCE(l.amount, 0) AS time_cost
                    FROM projects pr
                    LEFT JOIN revenue r ON r.project_id = pr.id
                    LEFT JOIN spent s ON s.project_id = pr.id
                    LEFT JOIN labour l ON l.project_id = pr.id
                    WHERE r.project_id IS NOT NULL OR s.project_id IS NOT NULL OR l.project_id IS NOT NULL
                )
                SELECT * FROM figures ORDER BY revenue - expenses - time_cost DESC, code
                """.formatted(PAYMENTS, OTHER_INCOME, EXPENSES, TIME_COST, LOGGED_TIME);
        record Row(
                UUID projectId,
                String code,
                String name,
                String status,
                BigDecimal revenue,
                BigDecimal expenses,
                BigDecimal timeCost) {}
        var rows = query(sql, period, currency, scope)
                .param("scale", Money.currency(currency).getDefaultFractionDigits())
                .query(Row.class)
                .list();
        return rows.stream()
                .map(r -> {
                    var profit = r.revenue().subtract(r.expenses()).subtract(r.timeCost());
                    return new ProjectProfitability.ProjectProfit(
                            r.projectId(),
                            r.code(),
                            r.name(),
                            r.status(),
                            money(r.revenue(), currency),
                            money(r.expenses(), currency),
                            money(r.timeCost(), currency),
                            money(profit, currency),
                            percent(profit, r.revenue()));
                })
                .toList();
    }

    private long pendingInvoices(ProjectScope scope) {
        return scoped(jdbc.sql("""
                                SELECT COUNT(*) FROM accounting_invoices i
                                WHERE i.kind = 'INVOICE' AND i.status IN ('ISSUED', 'SENT', 'PARTIALLY_PAID')
                                  AND i.total - i.amount_paid - i.amount_credited > 0 AND %s
                                """.formatted(inScope("i.project_id"))), scope)
                .query(Long.class)
                .single();
    }

    /**
     * The totals of every currency with money in the period, in one pass over each table: the
     * dashboard needs one currency's figures and the list of all of them.
     */
    private Map<String, Totals> totalsByCurrency(AnalyticsPeriod period, ProjectScope scope) {
        var sql =
                """
                WITH pay AS (
                    SELECT i.currency, SUM(p.amount) AS amount, COUNT(*) AS n
                    FROM accounting_invoice_payments p JOIN accounting_invoices i ON i.id = p.invoice_id
                    WHERE i.status <> 'VOID' AND p.paid_on BETWEEN :from AND :to AND %1$s
                    GROUP BY i.currency
                ), inc AS (
                    SELECT n.currency, SUM(n.amount) AS amount FROM accounting_income n
                    WHERE n.status = 'RECEIVED' AND n.source <> 'INVOICE_PAYMENT' AND n.received_date BETWEEN :from AND :to
                      AND %2$s
                    GROUP BY n.currency
                ), exp AS (
                    SELECT e.currency, SUM(e.amount) AS amount FROM accounting_expenses e
                    WHERE e.status IN %3$s AND e.expense_date BETWEEN :from AND :to AND %4$s
                    GROUP BY e.currency
                ), currencies AS (
                    SELECT currency FROM pay UNION SELECT currency FROM inc UNION SELECT currency FROM exp
                )
                SELECT c.currency, COALESCE(pay.amount, 0) AS payments, COALESCE(pay.n, 0) AS payment_count,
                       COALESCE(inc.amount, 0) AS other_income, COALESCE(exp.amount, 0) AS expenses
                FROM currencies c
                LEFT JOIN pay ON pay.currency = c.currency
                LEFT JOIN inc ON inc.currency = c.currency
                LEFT JOIN exp ON exp.currency = c.currency
                ORDER BY c.currency
                """.formatted(inScope("i.project_id"), inScope("n.project_id"), COST_STATUSES, inScope("e.project_id"));
        Map<String, Totals> totals = new TreeMap<>();
        scoped(jdbc.sql(sql), scope)
                .param("from", period.startDate())
                .param("to", period.endDate())
                .query((rs, n) -> totals.put(
                        rs.getString("currency"),
                        new Totals(
                                rs.getBigDecimal("payments"),
                                rs.getLong("payment_count"),
                                rs.getBigDecimal("other_income"),
                                rs.getBigDecimal("expenses"))))
                .list();
        return totals;
    }

    private JdbcClient.StatementSpec query(String sql, AnalyticsPeriod period, String currency, ProjectScope scope) {
        return scoped(jdbc.sql(sql), scope)
                .param("from", period.startDate())
                .param("to", period.endDate())
                .param("currency", currency);
    }

    static BigDecimal money(BigDecimal amount, String currency) {
        return Money.of(amount, currency).amount();
    }

    private static String unit(TrendPeriod size) {
        return switch (size) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case YEARLY -> "year";
        };
    }

    private static String label(LocalDate bucket, TrendPeriod size) {
        return switch (size) {
            case DAILY, WEEKLY -> bucket.toString();
            case MONTHLY -> bucket.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case YEARLY -> String.valueOf(bucket.getYear());
        };
    }
}
