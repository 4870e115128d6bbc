package com.mediaflow.reports.internal;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.ProjectPerformance;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The report of one production over a period.
 *
 * @param project its figures as {@code GET /api/analytics/projects/{id}/performance} shows them
 * @param budget the budget against the costs of the period; null for those who may not see the
 *     project's money
 */
public record ProjectReport(
        AnalyticsPeriod period,
        Instant generatedAt,
        ProjectPerformance project,
        @Nullable BudgetVsActual budget) {

    /**
     * @param budget the project's budget; null when none is set
     * @param expenses approved and paid expenses of the period
     * @param timeCost time logged in the period at each member's hourly cost
     * @param actual {@code expenses + time_cost}
     * @param remaining {@code budget − actual}; negative when over budget; null without a budget
     * @param usedPercent {@code actual ÷ budget × 100}, two decimals; null without a (non-zero)
     *     budget
     */
    @Schema(name = "ProjectReportBudget")
    public record BudgetVsActual(
            @Nullable BigDecimal budget,
            BigDecimal expenses,
            BigDecimal timeCost,
            BigDecimal actual,
            @Nullable BigDecimal remaining,
            @Nullable BigDecimal usedPercent) {}
}
