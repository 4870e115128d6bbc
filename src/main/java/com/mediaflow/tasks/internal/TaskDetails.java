package com.mediaflow.tasks.internal;

import com.mediaflow.tasks.TaskPriority;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The editable details of a task, as a create or a full update gives them. */
public record TaskDetails(
        String title,
        @Nullable String description,
        @Nullable UUID assigneeId,
        TaskPriority priority,
        @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate,
        @Nullable Integer estimateMinutes) {}
