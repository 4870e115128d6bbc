package com.mediaflow.projects.web;

import com.mediaflow.projects.internal.ProjectFilter;
import com.mediaflow.projects.internal.ProjectService;
import com.mediaflow.projects.internal.ProjectView;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects")
class ProjectsController {

    private final ProjectService projects;

    ProjectsController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of the projects you can see")
    @Operation(
            summary = "List projects",
            description = "Owners, managers and producers see every project; editors and assistants only those "
                    + "they are on the crew of or manage. Filters: `status`, `type`, `client_id`, `manager_id`, "
                    + "`tag` (one tag, exact, case-insensitive), `q` (part of the name or code). Sortable by name, "
                    + "code, status (lifecycle order), type, start_date, end_date, deadline, created_at, "
                    + "updated_at; newest first by default. `budget` is null for those who may not see the "
                    + "project's money.")
    PageResponse<ProjectView> list(
            @ParameterObject ProjectFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return projects.list(filter, paging, user);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new project")
    @ApiResponse(responseCode = "409", description = "The code is already in use")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Create a project",
            description = "Starts in status `planning`. `code` is generated (`PRJ-0042`) when not given and must be "
                    + "unique (409 otherwise). `client_id` must be an existing contact; `manager_id` a member who "
                    + "is not deactivated. `end_date` and `deadline` may not be before `start_date`. `currency` "
                    + "defaults to the organization's; `budget` is 0 or more with the currency's decimals. Tags "
                    + "are stored trimmed and lower case.")
    ResponseEntity<ProjectView> create(
            @Valid @RequestBody ProjectRequests.CreateProject request, @AuthenticationPrincipal CurrentUser user) {
        var project = projects.create(request.details(), request.code(), user);
        return ResponseEntity.created(URI.create("/api/projects/" + project.id()))
                .body(project);
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The project")
    @ApiResponse(responseCode = "404", description = "No such project, or one you may not see")
    @Operation(
            summary = "One project",
            description = "404 for a project you may not see. `allowed_transitions` lists the statuses it may "
                    + "move to next.")
    ProjectView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return projects.get(id, user);
    }

    @PutMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The updated project")
    @ApiResponse(responseCode = "404", description = "No such project")
    @ApiResponse(
            responseCode = "409",
            description =
                    "A stale `version` or a code in use (CONFLICT), or a status move the lifecycle does not allow (INVALID_STATE, with `allowed_transitions`)")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Update a project",
            description = "A full update: optional fields left out are cleared, except `code`, `status` and "
                    + "`currency`, which keep their value when left out. Send the `version` you read; a stale one "
                    + "is a 409 CONFLICT. A status change must follow the lifecycle: planning → pre_production → "
                    + "production → post_production → review → delivered → completed, one step forward or one "
                    + "step back; `on_hold` from any active stage, and from on_hold back to the stage it was "
                    + "paused in or wherever that stage may go; `cancelled` from anything but completed; "
                    + "completed and cancelled are final. Any other move is a 409 INVALID_STATE with "
                    + "`allowed_transitions`.")
    ProjectView update(
            @PathVariable UUID id,
            @Valid @RequestBody ProjectRequests.UpdateProject request,
            @AuthenticationPrincipal CurrentUser user) {
        return projects.update(id, request.update(), user);
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such project")
    @ApiResponse(responseCode = "409", description = "Tasks or other records still depend on it (`dependents`)")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Delete a project",
            description = "Only while nothing depends on it, such as a project created by mistake: once it has "
                    + "tasks the answer is a 409 CONFLICT with `dependents` (e.g. `{\"tasks\": 3}`), and the "
                    + "project is cancelled instead, so its history and costs stay attached to it.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        projects.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
