package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Billable hours against available hours. Available hours of a member = working days (Monday to
 * Friday) of the period × {@code hours_per_day}, for each active member; utilization = billable
 * hours ÷ available hours × 100, two decimals (null without available hours).
 */
public record TeamUtilization(
        AnalyticsPeriod period,
        int workingDays,
        BigDecimal hoursPerDay,
        BigDecimal availableHours,
        BigDecimal loggedHours,
        BigDecimal billableHours,
        @Nullable BigDecimal utilization,
        List<MemberUtilization> members) {

    public record MemberUtilization(
            UUID memberId,
            String fullName,
            BigDecimal availableHours,
            BigDecimal loggedHours,
            BigDecimal billableHours,
            @Nullable BigDecimal utilization) {}
}
