package com.mediaflow.analytics;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Whether what was delivered in the period was delivered by its deadline: projects first delivered
 * on a day of the period, tasks done on a day of the period (days of the studio's time zone).
 */
public record TimelineAdherence(AnalyticsPeriod period, Adherence projects, Adherence tasks) {

    /**
     * @param delivered delivered in the period with a deadline
     * @param onTime of those, delivered on or before the deadline
     * @param withoutDeadline delivered in the period without a deadline (not counted in the rate)
     * @param rate {@code on_time ÷ delivered × 100}, two decimals; null when none was delivered
     * @param averageDaysLate mean days past the deadline of the late ones, two decimals; null when
     *     none was late
     */
    public record Adherence(
            long delivered,
            long onTime,
            long late,
            long withoutDeadline,
            @Nullable BigDecimal rate,
            @Nullable BigDecimal averageDaysLate) {}
}
