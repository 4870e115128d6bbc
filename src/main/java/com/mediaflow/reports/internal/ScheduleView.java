package com.mediaflow.reports.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled report.
 *
 * @param name the report's name in the e-mail's subject
 * @param kind {@code financial}, {@code operational} or {@code project}
 * @param projectId the project of a project report
 * @param frequency {@code daily} (covers the day before), {@code weekly} (the previous Monday to
 *     Sunday) or {@code monthly} (the previous calendar month)
 * @param timeOfDay when it is sent, on the studio's clock ({@code timezone})
 * @param dayOfWeek the weekday a weekly report is sent
 * @param dayOfMonth the day a monthly report is sent (1-31; the last day in shorter months)
 * @param timezone the studio's time zone the times are in
 * @param format {@code pdf} or {@code xlsx}
 * @param memberIds members who receive it (their e-mail preferences apply)
 * @param emails other addresses that receive it
 * @param active whether it is sent at all
 * @param nextRunAt when it is next sent
 * @param lastRunAt when it was last sent (or last tried)
 * @param lastError why the last run sent nothing (the creator lost access, for example); null after
 *     a run that sent
 * @param createdBy the member whose visibility the report shows
 */
@Schema(name = "ReportSchedule")
public record ScheduleView(
        UUID id,
        String name,
        ReportKind kind,
        @Nullable UUID projectId,
        ScheduleFrequency frequency,
        LocalTime timeOfDay,
        @Nullable Weekday dayOfWeek,
        @Nullable Integer dayOfMonth,
        String timezone,
        ReportFormat format,
        List<UUID> memberIds,
        List<String> emails,
        boolean active,
        Instant nextRunAt,
        @Nullable Instant lastRunAt,
        @Nullable String lastError,
        UUID createdBy,
        Instant createdAt) {}
