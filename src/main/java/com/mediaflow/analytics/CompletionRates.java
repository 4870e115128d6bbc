package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How much of what was due in the period is finished: projects whose deadline falls in the period
 * and have been delivered (or completed), tasks whose due date falls in the period and are done.
 * {@code rate = finished ÷ due × 100}, two decimals, null when nothing was due.
 */
public record CompletionRates(
        AnalyticsPeriod period, CompletionRate projects, CompletionRate tasks, List<TypeCompletionRate> byProjectType) {

    public record CompletionRate(
            long due, long finished, @Nullable BigDecimal rate) {}

    public record TypeCompletionRate(
            String type, long due, long finished, @Nullable BigDecimal rate) {}
}
