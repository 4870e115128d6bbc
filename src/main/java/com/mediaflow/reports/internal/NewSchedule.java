package com.mediaflow.reports.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a member asks for when scheduling a report; checked by {@link ReportSchedules#create}. */
public record NewSchedule(
        @Nullable String name,
        ReportKind kind,
        @Nullable UUID projectId,
        ScheduleFrequency frequency,
        LocalTime timeOfDay,
        @Nullable Weekday dayOfWeek,
        @Nullable Integer dayOfMonth,
        ReportFormat format,
        List<UUID> memberIds,
        List<String> emails,
        boolean active) {}
