package com.mediaflow.reports.internal;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.ExpenseBreakdown;
import com.mediaflow.analytics.ProfitMargins;
import com.mediaflow.analytics.ProjectProfitability;
import com.mediaflow.analytics.RevenueTrends;
import com.mediaflow.analytics.TrendPeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The financial report of a period in one currency, every figure as the analytics dashboard shows
 * it.
 *
 * @param currency the currency of every amount (ISO 4217)
 * @param otherCurrencies other currencies with money in the period, each with its own report
 * @param generatedAt when the report was made
 * @param summary the headline figures
 * @param trendPeriod the size of the buckets of {@code revenue_trend}: daily up to 31 days, weekly
 *     up to 26 weeks, monthly up to 3 years, yearly beyond
 * @param revenueTrend revenue, expenses and profit per bucket, every bucket present
 * @param expenseBreakdown approved and paid expenses by category, every category listed
 * @param profitMargins revenue, expenses, net profit and margin per month
 * @param topProjects the ten projects with money or time in the period with the highest profit
 */
public record FinancialReport(
        AnalyticsPeriod period,
        String currency,
        List<String> otherCurrencies,
        Instant generatedAt,
        Summary summary,
        TrendPeriod trendPeriod,
        List<RevenueTrends.TrendPoint> revenueTrend,
        List<ExpenseBreakdown.CategoryExpense> expenseBreakdown,
        List<ProfitMargins.MonthMargin> profitMargins,
        List<ProjectProfitability.ProjectProfit> topProjects) {

    /**
     * @param revenue payments received on invoices plus other received income
     * @param expenses approved and paid expenses, tax included
     * @param netProfit {@code revenue − expenses}
     * @param profitMargin {@code net_profit ÷ revenue × 100}, two decimals; null without revenue
     * @param invoicePayments payments received on invoices
     * @param otherIncome received income that is not an invoice payment
     * @param invoiced totals of invoices issued in the period (not void)
     * @param credited totals of credit notes issued in the period
     * @param outstanding what issued invoices in this currency still owe now
     * @param overdue the part of {@code outstanding} past its due date
     * @param pendingInvoices issued invoices (any currency) with a balance still due now
     */
    @Schema(name = "FinancialReportSummary")
    public record Summary(
            BigDecimal revenue,
            BigDecimal expenses,
            BigDecimal netProfit,
            @Nullable BigDecimal profitMargin,
            BigDecimal invoicePayments,
            BigDecimal otherIncome,
            BigDecimal invoiced,
            BigDecimal credited,
            BigDecimal outstanding,
            BigDecimal overdue,
            long pendingInvoices) {}
}
