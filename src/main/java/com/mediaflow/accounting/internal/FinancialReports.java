package com.mediaflow.accounting.internal;

import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's figures for a period, per currency: the dashboard, a summary by category, status and
 * source, and profit and loss by month. Those who may view financials see the whole studio;
 * producers the money of their own projects. Every amount is a database sum of the rows it stands
 * for (see {@link FinancialFigures}); derived figures are computed from those sums only:
 * {@code net_profit = revenue + other_income − expenses} and {@code profit_margin = net_profit /
 * (revenue + other_income) × 100}, rounded half-up to two decimals (null without income).
 */
@Service
public class FinancialReports {

    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);
    private static final long MAX_DAYS = 3660;

    private final FinancialFigures figures;
    private final AccountingAccess access;
    private final AccountingCalendar calendar;

    FinancialReports(FinancialFigures figures, AccountingAccess access, AccountingCalendar calendar) {
        this.figures = figures;
        this.access = access;
        this.calendar = calendar;
    }

    /** Headline figures of one currency. */
    public record CurrencyFigures(
            String currency,
            BigDecimal revenue,
            BigDecimal invoiced,
            BigDecimal credited,
            BigDecimal otherIncome,
            BigDecimal expenses,
            BigDecimal netProfit,
            @Nullable BigDecimal profitMargin,
            BigDecimal outstanding,
            BigDecimal overdue) {}

    public record Dashboard(
            ReportPeriod period,
            List<CurrencyFigures> currencies,
            long openInvoices,
            long overdueInvoices,
            long pendingExpenses) {}

    /** A sum of one currency and one key (a category, a status, a source) with the rows it counts. */
    public record Breakdown(String currency, String key, BigDecimal amount, long count) {}

    public record Summary(
            ReportPeriod period,
            List<Breakdown> expensesByCategory,
            List<Breakdown> expensesByStatus,
            List<Breakdown> incomeBySource,
            List<Breakdown> invoicesByStatus) {}

    /** Profit and loss of one currency in one month ({@code 2026-03}) or over the whole period. */
    public record ProfitLossLine(
            String month,
            String currency,
            BigDecimal revenue,
            BigDecimal otherIncome,
            BigDecimal expenses,
            BigDecimal netProfit,
            @Nullable BigDecimal profitMargin,
            List<CategoryAmount> expensesByCategory) {}

    public record CategoryAmount(String category, BigDecimal amount) {}

    public record ProfitLoss(ReportPeriod period, List<ProfitLossLine> months, List<ProfitLossLine> totals) {}

    @Transactional(readOnly = true)
    public Dashboard dashboard(@Nullable LocalDate from, @Nullable LocalDate to, CurrentUser viewer) {
        var period = period(from, to);
        var scope = scopeOf(viewer);
        var revenue = byCurrency(figures.revenue(period, scope));
        var invoiced = byCurrency(figures.invoiced(period, scope, InvoiceKind.INVOICE));
        var credited = byCurrency(figures.invoiced(period, scope, InvoiceKind.CREDIT_NOTE));
        var other = byCurrency(figures.otherIncome(period, scope));
        var expenses = byCurrency(figures.expenses(period, scope));
        var outstandingRows = figures.receivables(FAR_FUTURE, scope);
        var overdueRows = figures.receivables(calendar.today(), scope);
        var outstanding = byCurrency(outstandingRows);
        var overdue = byCurrency(overdueRows);
        List<CurrencyFigures> currencies = new ArrayList<>();
        for (var currency : currencies(revenue, invoiced, credited, other, expenses, outstanding, overdue)) {
            var income = amount(revenue, currency).plus(amount(other, currency));
            var net = income.minus(amount(expenses, currency));
            currencies.add(new CurrencyFigures(
                    currency,
                    amount(revenue, currency).amount(),
                    amount(invoiced, currency).amount(),
                    amount(credited, currency).amount(),
                    amount(other, currency).amount(),
                    amount(expenses, currency).amount(),
                    net.amount(),
                    margin(net, income),
                    amount(outstanding, currency).amount(),
                    amount(overdue, currency).amount()));
        }
        return new Dashboard(
                period, currencies, count(outstandingRows), count(overdueRows), figures.pendingExpenses(scope));
    }

    @Transactional(readOnly = true)
    public Summary summary(@Nullable LocalDate from, @Nullable LocalDate to, CurrentUser viewer) {
        var period = period(from, to);
        var scope = scopeOf(viewer);
        return new Summary(
                period,
                breakdown(figures.expensesByCategory(period, scope)),
                breakdown(figures.expensesByStatus(period, scope)),
                breakdown(figures.incomeBySource(period, scope)),
                breakdown(figures.invoicesByStatus(period, scope)));
    }

    @Transactional(readOnly = true)
    public ProfitLoss profitLoss(@Nullable LocalDate from, @Nullable LocalDate to, CurrentUser viewer) {
        var period = period(from, to);
        var scope = scopeOf(viewer);
        var revenue = byKey(figures.revenueByMonth(period, scope));
        var other = byKey(figures.otherIncomeByMonth(period, scope));
        Map<String, Map<String, List<FinancialFigures.Row>>> categories = new TreeMap<>();
        for (var row : figures.expensesByMonthAndCategory(period, scope)) {
            var month = row.key().substring(0, 7);
            categories
                    .computeIfAbsent(month, m -> new TreeMap<>())
                    .computeIfAbsent(row.currency(), c -> new ArrayList<>())
                    .add(new FinancialFigures.Row(row.currency(), row.key().substring(8), row.amount(), row.count()));
        }
        var months = new TreeSet<String>();
        months.addAll(revenue.keySet());
        months.addAll(other.keySet());
        months.addAll(categories.keySet());
        List<ProfitLossLine> lines = new ArrayList<>();
        for (var month : months) {
            var monthRevenue = revenue.getOrDefault(month, Map.of());
            var monthOther = other.getOrDefault(month, Map.of());
            var monthCategories = categories.getOrDefault(month, Map.of());
            var monthCurrencies = new TreeSet<String>();
            monthCurrencies.addAll(monthRevenue.keySet());
            monthCurrencies.addAll(monthOther.keySet());
            monthCurrencies.addAll(monthCategories.keySet());
            for (var currency : monthCurrencies) {
                lines.add(line(
                        month,
                        currency,
                        amount(monthRevenue, currency),
                        amount(monthOther, currency),
                        monthCategories.getOrDefault(currency, List.of())));
            }
        }
        var totalRevenue = byCurrency(figures.revenue(period, scope));
        var totalOther = byCurrency(figures.otherIncome(period, scope));
        Map<String, List<FinancialFigures.Row>> totalCategories = new TreeMap<>();
        for (var row : figures.expensesByCategory(period, scope)) {
            totalCategories
                    .computeIfAbsent(row.currency(), c -> new ArrayList<>())
                    .add(row);
        }
        List<ProfitLossLine> totals = new ArrayList<>();
        for (var currency : currencies(totalRevenue, totalOther, sums(totalCategories))) {
            totals.add(line(
                    "total",
                    currency,
                    amount(totalRevenue, currency),
                    amount(totalOther, currency),
                    totalCategories.getOrDefault(currency, List.of())));
        }
        return new ProfitLoss(period, lines, totals);
    }

    private ProfitLossLine line(
            String month, String currency, Money revenue, Money other, List<FinancialFigures.Row> categories) {
        var expenses = Money.zero(Money.currency(currency));
        List<CategoryAmount> byCategory = new ArrayList<>();
        for (var row : categories) {
            expenses = expenses.plus(row.money());
            byCategory.add(new CategoryAmount(row.key(), row.money().amount()));
        }
        var income = revenue.plus(other);
        var net = income.minus(expenses);
        return new ProfitLossLine(
                month,
                currency,
                revenue.amount(),
                other.amount(),
                expenses.amount(),
                net.amount(),
                margin(net, income),
                byCategory);
    }

    private ProjectScope scopeOf(CurrentUser viewer) {
        access.requireFinancials(viewer);
        return access.scope(viewer);
    }

    private ReportPeriod period(@Nullable LocalDate from, @Nullable LocalDate to) {
        var today = calendar.today();
        var start = from == null ? today.withDayOfYear(1) : from;
        var end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw InvalidInputException.field("to", "must be on or after from");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw InvalidInputException.field("to", "the period may be at most ten years long");
        }
        return new ReportPeriod(start, end);
    }

    private static @Nullable BigDecimal margin(Money net, Money income) {
        return income.isZero() || income.isNegative() ? null : net.percentOf(income);
    }

    private static Map<String, Money> byCurrency(List<FinancialFigures.Row> rows) {
        Map<String, Money> sums = new TreeMap<>();
        rows.forEach(row -> sums.merge(row.currency(), row.money(), Money::plus));
        return sums;
    }

    private static Map<String, Map<String, Money>> byKey(List<FinancialFigures.Row> rows) {
        Map<String, Map<String, Money>> sums = new TreeMap<>();
        rows.forEach(
                row -> sums.computeIfAbsent(row.key(), k -> new TreeMap<>()).put(row.currency(), row.money()));
        return sums;
    }

    private static Map<String, Money> sums(Map<String, List<FinancialFigures.Row>> rowsByCurrency) {
        Map<String, Money> sums = new TreeMap<>();
        rowsByCurrency.forEach((currency, rows) -> rows.forEach(row -> sums.merge(currency, row.money(), Money::plus)));
        return sums;
    }

    @SafeVarargs
    private static Collection<String> currencies(Map<String, ?>... maps) {
        var all = new TreeSet<String>();
        for (var map : maps) {
            all.addAll(map.keySet());
        }
        return all;
    }

    private static Money amount(Map<String, Money> sums, String currency) {
        return sums.getOrDefault(currency, Money.zero(Money.currency(currency)));
    }

    private static long count(List<FinancialFigures.Row> rows) {
        return rows.stream().mapToLong(FinancialFigures.Row::count).sum();
    }

    private static List<Breakdown> breakdown(List<FinancialFigures.Row> rows) {
        return rows.stream()
                .map(row -> new Breakdown(row.currency(), row.key(), row.money().amount(), row.count()))
                .toList();
    }
}
