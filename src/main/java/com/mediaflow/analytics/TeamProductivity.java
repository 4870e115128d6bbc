package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What each member did in the period: active members and anyone who logged time in it, by name.
 *
 * @param members hours logged on days of the period, tasks assigned to them done in it, and how
 *     many of those by their due date ({@code on_time_rate} over those with a due date)
 */
public record TeamProductivity(AnalyticsPeriod period, List<MemberProductivity> members) {

    public record MemberProductivity(
            UUID memberId,
            String fullName,
            BigDecimal loggedHours,
            BigDecimal billableHours,
            long tasksCompleted,
            long tasksCompletedOnTime,
            @Nullable BigDecimal onTimeRate) {}
}
