package com.mediaflow.tasks.internal;

import com.mediaflow.tasks.TaskPriority;
import com.mediaflow.tasks.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task as the API shows it. {@code overdue}: the due date is past in the studio's time zone and
 * the task is not done. {@code allowed_transitions}: the statuses the workflow allows next.
 */
public record TaskView(
        UUID id,
        UUID projectId,
        String title,
        @Nullable String description,
        @Nullable UUID assigneeId,
        TaskStatus status,
        TaskPriority priority,
        @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate,
        @Nullable Integer estimateMinutes,
        boolean overdue,
        List<String> allowedTransitions,
        @Nullable Instant completedAt,
        @Nullable UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static TaskView of(Task task, LocalDate today) {
        return new TaskView(
                task.id(),
                task.projectId(),
                task.title(),
                task.description(),
                task.assigneeId(),
                task.status(),
                task.priority(),
                task.startDate(),
                task.dueDate(),
                task.estimateMinutes(),
                task.isOverdue(today),
                task.allowedTransitions(),
                task.completedAt(),
                task.createdBy(),
                task.createdAt(),
                task.updatedAt(),
                task.version());
    }
}
