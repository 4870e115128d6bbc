package com.mediaflow.tasks.internal;

import com.mediaflow.tasks.TaskPriority;
import com.mediaflow.tasks.TaskStatus;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Filters of the task list. {@code due_from} and {@code due_to} are inclusive; {@code overdue=true}
 * keeps tasks past their due date and not done, {@code overdue=false} the others; {@code q} matches
 * part of the title.
 */
public record TaskFilter(
        @Parameter(name = "project_id", description = "Only tasks of this project") @BindParam("project_id") @Nullable
        UUID projectId,

        @Parameter(name = "assignee_id", description = "Only tasks assigned to this member")
        @BindParam("assignee_id")
        @Nullable
        UUID assigneeId,

        @Nullable TaskStatus status,
        @Nullable TaskPriority priority,
        @Nullable Boolean overdue,

        @Parameter(name = "due_from", description = "Due on or after this date") @BindParam("due_from") @Nullable
        LocalDate dueFrom,

        @Parameter(name = "due_to", description = "Due on or before this date") @BindParam("due_to") @Nullable
        LocalDate dueTo,

        @Nullable String q) {}
