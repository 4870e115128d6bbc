package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Approved and paid expenses of a period in one currency, by category (every category listed). */
public record ExpenseBreakdown(
        AnalyticsPeriod period, String currency, BigDecimal total, long count, List<CategoryExpense> categories) {

    /** @param share {@code amount ÷ total × 100}, two decimals; null when the total is zero */
    public record CategoryExpense(
            String category,
            BigDecimal amount,
            long count,
            @Nullable BigDecimal share) {}
}
