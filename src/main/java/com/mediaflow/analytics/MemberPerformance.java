package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One member over a period: utilization, tasks, and the projects their hours went to. */
public record MemberPerformance(
        UUID memberId,
        String fullName,
        AnalyticsPeriod period,
        BigDecimal availableHours,
        BigDecimal loggedHours,
        BigDecimal billableHours,
        @Nullable BigDecimal utilization,
        long tasksCompleted,
        long tasksCompletedOnTime,
        long openTasks,
        long overdueTasks,
        List<ProjectHours> projects) {

    public record ProjectHours(UUID projectId, String code, String name, BigDecimal loggedHours) {}
}
