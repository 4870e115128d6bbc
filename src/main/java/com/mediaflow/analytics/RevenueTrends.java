package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Revenue, expenses and profit per bucket, every bucket of the period present (zeros included).
 * Buckets at either end are cut to the period.
 */
public record RevenueTrends(
        TrendPeriod period,
        String currency,
        java.time.LocalDate startDate,
        java.time.LocalDate endDate,
        List<TrendPoint> data) {

    /** One bucket; {@code profit = revenue − expenses}. */
    public record TrendPoint(String date, BigDecimal revenue, BigDecimal expenses, BigDecimal profit) {}
}
