package com.mediaflow.reports.web;

import com.mediaflow.reports.internal.NewSchedule;
import com.mediaflow.reports.internal.ReportFormat;
import com.mediaflow.reports.internal.ReportKind;
import com.mediaflow.reports.internal.ScheduleFrequency;
import com.mediaflow.reports.internal.Weekday;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/reports/schedules}.
 *
 * @param name the report's name in the e-mail (default e.g. "Weekly financial report")
 * @param kind {@code financial}, {@code operational} or {@code project}
 * @param projectId the project, for (and only for) a project report
 * @param frequency {@code daily}, {@code weekly} or {@code monthly}
 * @param timeOfDay when to send it, {@code HH:mm} on the studio's clock
 * @param dayOfWeek the weekday of a weekly report
 * @param dayOfMonth the day of a monthly report, 1-31 (the last day in shorter months)
 * @param format {@code pdf} or {@code xlsx}
 * @param memberIds members to send it to
 * @param emails other e-mail addresses to send it to
 * @param active whether to send it (default true)
 */
record ScheduleRequest(
        @Size(max = 200) @Nullable String name,
        @NotNull ReportKind kind,
        @Nullable UUID projectId,
        @NotNull ScheduleFrequency frequency,

        @NotNull @Schema(type = "string", pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "08:00")
        LocalTime timeOfDay,

        @Nullable Weekday dayOfWeek,
        @Min(1) @Max(31) @Nullable Integer dayOfMonth,
        @NotNull @Schema(allowableValues = {"pdf", "xlsx"}) ReportFormat format,
        @Size(max = 100) @Nullable List<@NotNull UUID> memberIds,
        @Size(max = 100) @Nullable List<@NotNull @Size(max = 254) String> emails,
        @Nullable Boolean active) {

    NewSchedule command() {
        return new NewSchedule(
                name,
                kind,
                projectId,
                frequency,
                timeOfDay,
                dayOfWeek,
                dayOfMonth,
                format,
                memberIds == null ? List.of() : memberIds,
                emails == null ? List.of() : emails,
                active == null || active);
    }
}
