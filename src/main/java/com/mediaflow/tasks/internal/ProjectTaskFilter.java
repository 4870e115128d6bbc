package com.mediaflow.tasks.internal;

import com.mediaflow.tasks.TaskPriority;
import com.mediaflow.tasks.TaskStatus;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** The filters of {@link TaskFilter} for the tasks of one project, whose id is in the path. */
public record ProjectTaskFilter(
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

        @Nullable String q) {

    public TaskFilter forProject(UUID projectId) {
        return new TaskFilter(projectId, assigneeId, status, priority, overdue, dueFrom, dueTo, q);
    }
}
