package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Per project with money or time in the period, in one currency, most profitable first.
 *
 * @param projects each project's revenue (invoice payments and other income of the project),
 *     expenses (approved and paid), time cost (logged minutes × the hourly cost copied onto each
 *     entry, rounded per entry), {@code profit = revenue − expenses − time_cost} and margin
 */
public record ProjectProfitability(AnalyticsPeriod period, String currency, List<ProjectProfit> projects) {

    public record ProjectProfit(
            UUID projectId,
            String code,
            String name,
            String status,
            BigDecimal revenue,
            BigDecimal expenses,
            BigDecimal timeCost,
            BigDecimal profit,
            @Nullable BigDecimal profitMargin) {}
}
