package com.mediaflow.analytics;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The studio at a glance for a period, limited to what the caller may see: the financial part only
 * for those who may see money (null otherwise), the rest over the projects the caller can see.
 */
public record Overview(
        AnalyticsPeriod period,
        @Nullable FinancialTotals financials,
        ProjectCounts projects,
        TaskCounts tasks,
        LoggedHours hours) {

    /**
     * @param outstanding what issued invoices in this currency still owe now
     * @param overdue the part of {@code outstanding} past its due date
     */
    public record FinancialTotals(
            String currency,
            BigDecimal revenue,
            BigDecimal expenses,
            BigDecimal netProfit,
            @Nullable BigDecimal profitMargin,
            BigDecimal outstanding,
            BigDecimal overdue) {}

    /**
     * @param active in an active stage now
     * @param onHold on hold now
     * @param overdue deadline before today and not yet delivered, completed or cancelled
     * @param delivered delivered within the period
     */
    public record ProjectCounts(long total, long active, long onHold, long overdue, long delivered) {}

    /**
     * @param open not done now
     * @param overdue open with a due date before today
     * @param completed done within the period
     */
    public record TaskCounts(long open, long overdue, long completed) {}

    /** Hours logged on days of the period, two decimals. */
    public record LoggedHours(BigDecimal logged, BigDecimal billable) {}
}
