package com.mediaflow.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The headline figures of a period in one currency.
 *
 * @param totalRevenue payments received on invoices plus other received income, by the day received
 * @param totalExpenses approved and paid expenses, tax included, by expense date
 * @param netProfit {@code total_revenue − total_expenses}
 * @param profitMargin {@code net_profit ÷ total_revenue × 100}, two decimals; null without revenue
 * @param activeProjects projects in an active stage now (not on hold, completed or cancelled)
 * @param pendingInvoices issued invoices (any currency) with a balance still due now
 * @param overdueTasks open tasks whose due date is before today
 * @param teamUtilization billable hours ÷ available hours × 100 over the period, two decimals; null
 *     when no active member has available hours
 * @param currencies every currency with money in the period, to ask for the others
 */
@Schema(name = "AnalyticsDashboard")
public record Dashboard(
        BigDecimal totalRevenue,
        BigDecimal totalExpenses,
        BigDecimal netProfit,
        @Nullable BigDecimal profitMargin,
        long activeProjects,
        long pendingInvoices,
        long overdueTasks,
        @Nullable BigDecimal teamUtilization,
        String currency,
        AnalyticsPeriod period,
        List<String> currencies) {}
