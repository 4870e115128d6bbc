package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One production over a period: its money in the project's currency (null for those who may not
 * see it), its tasks now, and the hours logged on it in the period.
 */
public record ProjectPerformance(
        UUID projectId,
        String code,
        String name,
        String status,
        String currency,
        @Nullable LocalDate deadline,
        @Nullable LocalDate deliveredOn,
        AnalyticsPeriod period,
        @Nullable ProjectMoney financials,
        ProjectTasks tasks,
        Overview.LoggedHours hours,
        long crew) {

    /** Like {@link ProjectProfitability.ProjectProfit}, plus the budget (null when none is set). */
    public record ProjectMoney(
            @Nullable BigDecimal budget,
            BigDecimal revenue,
            BigDecimal expenses,
            BigDecimal timeCost,
            BigDecimal profit,
            @Nullable BigDecimal profitMargin) {}

    /** @param completionRate {@code done ÷ total × 100}, two decimals; null without tasks */
    public record ProjectTasks(
            long total,
            long open,
            long done,
            long overdue,
            @Nullable BigDecimal completionRate) {}
}
