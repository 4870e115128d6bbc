package com.mediaflow.accounting.internal;

import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the dashboard, summary and profit-and-loss: each figure is one aggregate over the
 * rows it describes, grouped by currency (no conversion happens), restricted to the projects whose
 * money the caller may see. Revenue is money received on invoices by payment date; invoiced amounts
 * count by issue date; expenses are approved and paid ones, tax included, by expense date; other
 * income is received income that is not an invoice payment, by received date.
 */
@Component
class FinancialFigures {

    /** A figure of one currency (and, where grouped, one key such as a category or a month). */
    record Row(String currency, String key, BigDecimal amount, long count) {

        Money money() {
            return Money.of(amount, currency);
        }
    }

    private static final String PAYMENTS = """
            SELECT i.currency, %s AS key, SUM(p.amount) AS amount, COUNT(*) AS count
            FROM accounting_invoice_payments p JOIN accounting_invoices i ON i.id = p.invoice_id
            WHERE p.paid_on BETWEEN :from AND :to AND (:everything OR i.project_id IN (:projects))
            GROUP BY i.currency, key ORDER BY i.currency, key
            """;

    private static final String ISSUED = """
            SELECT i.currency, %s AS key, SUM(i.total) AS amount, COUNT(*) AS count
            FROM accounting_invoices i
            WHERE i.kind = :kind AND i.status NOT IN ('DRAFT', 'VOID') AND i.issue_date BETWEEN :from AND :to
              AND (:everything OR i.project_id IN (:projects))
            GROUP BY i.currency, key ORDER BY i.currency, key
            """;

    private static final String EXPENSES = """
            SELECT e.currency, %s AS key, SUM(e.amount) AS amount, COUNT(*) AS count
            FROM accounting_expenses e
            WHERE e.status IN (%s) AND e.expense_date BETWEEN :from AND :to
              AND (:everything OR e.project_id IN (:projects))
            GROUP BY e.currency, key ORDER BY e.currency, key
            """;

    private static final String OTHER_INCOME = """
            SELECT n.currency, %s AS key, SUM(n.amount) AS amount, COUNT(*) AS count
            FROM accounting_income n
            WHERE n.status = 'RECEIVED' AND n.source <> 'INVOICE_PAYMENT' AND n.received_date BETWEEN :from AND :to
              AND (:everything OR n.project_id IN (:projects))
            GROUP BY n.currency, key ORDER BY n.currency, key
            """;

    private static final String RECEIVABLES = """
            SELECT i.currency, '' AS key, SUM(i.total - i.amount_paid - i.amount_credited) AS amount, COUNT(*) AS count
            FROM accounting_invoices i
            WHERE i.kind = 'INVOICE' AND i.status IN ('ISSUED', 'SENT', 'PARTIALLY_PAID')
              AND i.total - i.amount_paid - i.amount_credited > 0 AND i.due_date < :dueBefore
              AND (:everything OR i.project_id IN (:projects))
            GROUP BY i.currency ORDER BY i.currency
            """;

    private static final String MONTH = "to_char(%s, 'YYYY-MM')";
    private static final String COST = "'APPROVED', 'PAID'";

    private final JdbcClient jdbc;

    FinancialFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> revenue(ReportPeriod period, ProjectScope scope) {
        return query(PAYMENTS.formatted("''"), period, scope);
    }

    List<Row> revenueByMonth(ReportPeriod period, ProjectScope scope) {
        return query(PAYMENTS.formatted(MONTH.formatted("p.paid_on")), period, scope);
    }

    List<Row> invoiced(ReportPeriod period, ProjectScope scope, InvoiceKind kind) {
        return jdbc.sql(ISSUED.formatted("''"))
                .param("kind", kind.name())
                .param("from", period.from())
                .param("to", period.to())
                .param("everything", scope.unrestricted())
                .param("projects", projects(scope))
                .query(Row.class)
                .list();
    }

    List<Row> expenses(ReportPeriod period, ProjectScope scope) {
        return query(EXPENSES.formatted("''", COST), period, scope);
    }

    List<Row> expensesByCategory(ReportPeriod period, ProjectScope scope) {
        return query(EXPENSES.formatted("lower(e.category)", COST), period, scope);
    }

    List<Row> expensesByMonthAndCategory(ReportPeriod period, ProjectScope scope) {
        return query(
                EXPENSES.formatted(MONTH.formatted("e.expense_date") + " || '/' || lower(e.category)", COST),
                period,
                scope);
    }

    List<Row> expensesByStatus(ReportPeriod period, ProjectScope scope) {
        return query(EXPENSES.formatted("lower(e.status)", "'PENDING', 'APPROVED', 'REJECTED', 'PAID'"), period, scope);
    }

    List<Row> otherIncome(ReportPeriod period, ProjectScope scope) {
        return query(OTHER_INCOME.formatted("''"), period, scope);
    }

    List<Row> otherIncomeByMonth(ReportPeriod period, ProjectScope scope) {
        return query(OTHER_INCOME.formatted(MONTH.formatted("n.received_date")), period, scope);
    }

    List<Row> incomeBySource(ReportPeriod period, ProjectScope scope) {
        return jdbc.sql("""
                        SELECT n.currency, lower(n.source) AS key, SUM(n.amount) AS amount, COUNT(*) AS count
                        FROM accounting_income n
                        WHERE n.status = 'RECEIVED' AND n.received_date BETWEEN :from AND :to
                          AND (:everything OR n.project_id IN (:projects))
                        GROUP BY n.currency, key ORDER BY n.currency, key
                        """)
                .param("from", period.from())
                .param("to", period.to())
                .param("everything", scope.unrestricted())
                .param("projects", projects(scope))
                .query(Row.class)
                .list();
    }

    List<Row> invoicesByStatus(ReportPeriod period, ProjectScope scope) {
        return jdbc.sql("""
                        SELECT i.currency, lower(i.status) AS key, SUM(i.total) AS amount, COUNT(*) AS count
                        FROM accounting_invoices i
                        WHERE i.kind = 'INVOICE' AND i.status <> 'DRAFT' AND i.issue_date BETWEEN :from AND :to
                          AND (:everything OR i.project_id IN (:projects))
                        GROUP BY i.currency, key ORDER BY i.currency, key
                        """)
                .param("from", period.from())
                .param("to", period.to())
                .param("everything", scope.unrestricted())
                .param("projects", projects(scope))
                .query(Row.class)
                .list();
    }

    /** What open invoices still owe, as of now; with {@code dueBefore}, only those due before that day. */
    List<Row> receivables(LocalDate dueBefore, ProjectScope scope) {
        return jdbc.sql(RECEIVABLES)
                .param("dueBefore", dueBefore)
                .param("everything", scope.unrestricted())
                .param("projects", projects(scope))
                .query(Row.class)
                .list();
    }

    long pendingExpenses(ProjectScope scope) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM accounting_expenses e
                        WHERE e.status = 'PENDING' AND (:everything OR e.project_id IN (:projects))
                        """)
                .param("everything", scope.unrestricted())
                .param("projects", projects(scope))
                .query(Long.class)
                .single();
    }

    private List<Row> query(String sql, ReportPeriod period, ProjectScope scope) {
        return jdbc.sql(sql)
                .param("from", period.from())
                .param("to", period.to())
                .param("everything", scope.unrestricted())
                .param("projects", projects(scope))
                .query(Row.class)
                .list();
    }

    /** {@code IN ()} is not SQL: an empty or unused set is passed as one id that matches nothing. */
    private static List<UUID> projects(ProjectScope scope) {
        Set<UUID> ids = scope.projectIds();
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : new ArrayList<>(ids);
    }
}
