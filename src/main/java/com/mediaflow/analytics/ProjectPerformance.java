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
        @Nullable Money financials,
        Tasks tasks,
        Overview.Hours hours,
        long crew) {

    /** Like {@link ProjectProfitability.Project}, plus the budget (null when none is set). */
    public record Money(
            @Nullable BigDecimal budget,
            BigDecimal revenue,
            BigDecimal expenses,
            BigDecimal timeCost,
            BigDecimal profit,
            @Nullable BigDecimal profitMargin) {}

    /** @param completionRate {@code done ÷ total × 100}, two decimals; null without tasks */
    public record Tasks(
            long total,
            long open,
            long done,
            long overdue,
            @Nullable BigDecimal completionRate) {}
}
