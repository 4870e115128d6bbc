package com.mediaflow.reports.internal;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.CompletionRates;
import com.mediaflow.analytics.Overview;
import com.mediaflow.analytics.ProjectsOverview;
import com.mediaflow.analytics.TeamProductivity;
import com.mediaflow.analytics.TeamUtilization;
import com.mediaflow.analytics.TimelineAdherence;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The operational report of a period over the projects the caller can see.
 *
 * @param projects counts by status and type now, started and delivered in the period
 * @param completion what was due in the period and is finished
 * @param timeline whether what was delivered in the period met its deadline
 * @param tasks open, overdue (open with a due date before today) and completed in the period
 * @param hours hours logged on days of the period
 * @param utilization billable against available hours per member; null for those who may not
 *     manage the team
 * @param productivity hours and completed tasks per member; null for those who may not manage the
 *     team
 */
public record OperationalReport(
        AnalyticsPeriod period,
        Instant generatedAt,
        ProjectsOverview projects,
        CompletionRates completion,
        TimelineAdherence timeline,
        Overview.TaskCounts tasks,
        Overview.LoggedHours hours,
        @Nullable TeamUtilization utilization,
        @Nullable TeamProductivity productivity) {}
