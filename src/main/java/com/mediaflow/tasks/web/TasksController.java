package com.mediaflow.tasks.web;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.tasks.internal.TaskFilter;
import com.mediaflow.tasks.internal.TaskProgress;
import com.mediaflow.tasks.internal.TaskService;
import com.mediaflow.tasks.internal.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TasksController {

    static final String FILTERS = "Filters: `assignee_id`, `status`, `priority`, `overdue` (true: due date past "
            + "in the studio's time zone and not done; false: the others), `due_from` and `due_to` (inclusive), "
            + "`q` (part of the title). Sortable by title, status (workflow order), priority (low to urgent), "
            + "start_date, due_date, created_at, updated_at; newest first by default.";

    private final TaskService tasks;
    private final TaskProgress progress;

    TasksController(TaskService tasks, TaskProgress progress) {
        this.tasks = tasks;
        this.progress = progress;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of the tasks you can see")
    @Operation(
            summary = "List tasks",
            description = "The tasks of every project you can see (editors and assistants: the projects they are "
                    + "on the crew of). `project_id` narrows to one project. " + FILTERS)
    PageResponse<TaskView> list(
            @ParameterObject TaskFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return tasks.list(filter, paging, user);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new task")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Create a task",
            description = "Starts in `todo`. `project_id` must be an existing project; `assignee_id`, when given, "
                    + "must be on that project's crew (400 otherwise). `priority` defaults to medium; `due_date` "
                    + "may not be before `start_date`; `estimate_minutes` is 1 to 100000.")
    ResponseEntity<TaskView> create(
            @Valid @RequestBody TaskRequests.CreateTask request, @AuthenticationPrincipal CurrentUser user) {
        var task = tasks.create(request.projectId(), request.details(), user);
        return ResponseEntity.created(URI.create("/api/tasks/" + task.id())).body(task);
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The task")
    @ApiResponse(responseCode = "404", description = "No such task, or one whose project you may not see")
    @Operation(
            summary = "One task",
            description = "404 when its project is hidden from you. `allowed_transitions` lists the statuses the "
                    + "workflow allows next.")
    TaskView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return tasks.get(id, user);
    }

    @PutMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The updated task")
    @ApiResponse(responseCode = "404", description = "No such task")
    @ApiResponse(responseCode = "409", description = "A stale `version`")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Update a task",
            description = "A full update of its details (not its status: see PATCH …/status; a task never moves to "
                    + "another project). Optional fields left out are cleared. The assignee must be on the "
                    + "project's crew. Send the `version` you read; a stale one is a 409 CONFLICT.")
    TaskView update(
            @PathVariable UUID id,
            @Valid @RequestBody TaskRequests.UpdateTask request,
            @AuthenticationPrincipal CurrentUser user) {
        return tasks.update(id, request.details(), request.version(), user);
    }

    @PatchMapping("/{id}/status")
    @ApiResponse(responseCode = "200", description = "The task in its new status")
    @ApiResponse(responseCode = "403", description = "Neither its assignee nor someone who manages projects")
    @ApiResponse(responseCode = "404", description = "No such task, or one whose project you may not see")
    @ApiResponse(
            responseCode = "409",
            description =
                    "A move the workflow does not allow, or open predecessors (INVALID_STATE); a stale `version` (CONFLICT)")
    @Operation(
            summary = "Move a task along its workflow",
            description = "By the task's assignee or someone with can_manage_projects (403 for others who can see "
                    + "it). Allowed: todo → in_progress | blocked; in_progress → review | todo | blocked; review "
                    + "→ done | in_progress | blocked; blocked → todo | in_progress; done → in_progress (reopen). "
                    + "Any other move is a 409 INVALID_STATE with `allowed_transitions`. Moving to in_progress "
                    + "while a task it depends on is not done is a 409 INVALID_STATE naming them in "
                    + "`open_predecessors`. Send the `version` you read.")
    TaskView changeStatus(
            @PathVariable UUID id,
            @Valid @RequestBody TaskRequests.ChangeStatus request,
            @AuthenticationPrincipal CurrentUser user) {
        return progress.changeStatus(id, request.status(), request.version(), user);
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such task")
    @ApiResponse(responseCode = "409", description = "Time was logged on it (`time_entries`)")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Delete a task",
            description =
                    "Its dependency links and files go with it. A task with logged time is a 409 CONFLICT: that time "
                            + "is part of the project's cost; delete the entries first or mark the task done.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        tasks.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
