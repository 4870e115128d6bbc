package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Profit and margin of a period in one currency, in total and per month (every month listed). */
public record ProfitMargins(
        AnalyticsPeriod period,
        String currency,
        BigDecimal revenue,
        BigDecimal expenses,
        BigDecimal netProfit,
        @Nullable BigDecimal profitMargin,
        List<MonthMargin> months) {

    /** @param month {@code 2026-03} */
    public record MonthMargin(
            String month,
            BigDecimal revenue,
            BigDecimal expenses,
            BigDecimal netProfit,
            @Nullable BigDecimal profitMargin) {}
}
