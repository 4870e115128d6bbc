package com.mediaflow.tasks.web;

import com.mediaflow.tasks.TaskPriority;
import com.mediaflow.tasks.TaskStatus;
import com.mediaflow.tasks.internal.TaskDetails;
import com.mediaflow.tasks.internal.WorkLog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the task and time routes. */
final class TaskRequests {

    private static final int MAX_ESTIMATE_MINUTES = 100_000;

    private TaskRequests() {}

    record CreateTask(
            @NotNull UUID projectId,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 10_000) @Nullable String description,
            @Nullable UUID assigneeId,
            @Nullable TaskPriority priority,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,

            @Min(value = 1, message = "must be at least 1 minute")
            @Max(value = MAX_ESTIMATE_MINUTES, message = "must be at most 100000 minutes")
            @Nullable
            Integer estimateMinutes) {

        TaskDetails details() {
            return new TaskDetails(
                    title,
                    description,
                    assigneeId,
                    priority == null ? TaskPriority.MEDIUM : priority,
                    startDate,
                    dueDate,
                    estimateMinutes);
        }
    }

    record UpdateTask(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 10_000) @Nullable String description,
            @Nullable UUID assigneeId,
            @NotNull TaskPriority priority,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,

            @Min(value = 1, message = "must be at least 1 minute")
            @Max(value = MAX_ESTIMATE_MINUTES, message = "must be at most 100000 minutes")
            @Nullable
            Integer estimateMinutes,

            @NotNull @PositiveOrZero Long version) {

        TaskDetails details() {
            return new TaskDetails(title, description, assigneeId, priority, startDate, dueDate, estimateMinutes);
        }
    }

    record ChangeStatus(
            @NotNull TaskStatus status,
            @NotNull @PositiveOrZero Long version) {}

    record AddDependency(@NotNull UUID dependsOnId) {}

    record LogTime(
            @NotNull LocalDate date,

            @NotNull
            @Min(value = 1, message = "must be at least 1")
            @Max(value = 1440, message = "must be at most 1440 (a day)")
            Integer minutes,

            @Size(max = 2000) @Nullable String note,
            @Nullable Boolean billable,
            @Nullable UUID userId) {

        WorkLog work() {
            return new WorkLog(date, minutes, note, billable == null || billable);
        }
    }

    record CorrectTime(
            @NotNull LocalDate date,

            @NotNull
            @Min(value = 1, message = "must be at least 1")
            @Max(value = 1440, message = "must be at most 1440 (a day)")
            Integer minutes,

            @Size(max = 2000) @Nullable String note,
            @NotNull Boolean billable,
            @NotNull @PositiveOrZero Long version) {

        WorkLog work() {
            return new WorkLog(date, minutes, note, billable);
        }
    }
}
