package com.mediaflow.tasks.web;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.tasks.internal.ProjectTaskFilter;
import com.mediaflow.tasks.internal.TaskService;
import com.mediaflow.tasks.internal.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projects")
class ProjectTasksController {

    private final TaskService tasks;

    ProjectTasksController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/projects/{id}/tasks")
    @ApiResponse(responseCode = "200", description = "A page of the project's tasks")
    @ApiResponse(responseCode = "404", description = "No such project, or one you may not see")
    @Operation(
            summary = "The tasks of a project",
            description = "404 for a project you may not see. " + TasksController.FILTERS)
    PageResponse<TaskView> list(
            @PathVariable UUID id,
            @ParameterObject ProjectTaskFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return tasks.listOfProject(id, filter, paging, user);
    }
}
