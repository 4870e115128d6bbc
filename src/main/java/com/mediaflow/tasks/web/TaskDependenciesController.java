package com.mediaflow.tasks.web;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.tasks.internal.DependencyView;
import com.mediaflow.tasks.internal.TaskDependencies;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks/{id}/dependencies")
@Tag(name = "Tasks")
class TaskDependenciesController {

    private final TaskDependencies dependencies;

    TaskDependenciesController(TaskDependencies dependencies) {
        this.dependencies = dependencies;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of the tasks it waits for")
    @ApiResponse(responseCode = "404", description = "No such task, or one whose project you may not see")
    @Operation(
            summary = "What a task waits for",
            description = "The tasks that must be done before this one can start (finish-to-start), with their "
                    + "status. Sortable by created_at (default).")
    PageResponse<DependencyView> list(
            @PathVariable UUID id, @ParameterObject Paging paging, @AuthenticationPrincipal CurrentUser user) {
        return dependencies.predecessorsOf(id, paging, user);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Linked; `Location` names the link")
    @ApiResponse(responseCode = "404", description = "No such task")
    @ApiResponse(responseCode = "409", description = "The link exists already, or would close a cycle (`cycle`)")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Make a task wait for another",
            description = "`depends_on_id` must be another task of the same project (400 otherwise). A link that "
                    + "exists already is a 409 CONFLICT, and so is one that would close a cycle: the answer names "
                    + "the chain in `detail` and lists its task ids in `cycle`.")
    ResponseEntity<DependencyView> add(
            @PathVariable UUID id,
            @Valid @RequestBody TaskRequests.AddDependency request,
            @AuthenticationPrincipal CurrentUser user) {
        var dependency = dependencies.add(id, request.dependsOnId(), user);
        return ResponseEntity.created(URI.create("/api/tasks/" + id + "/dependencies/" + dependency.dependsOnId()))
                .body(dependency);
    }

    @DeleteMapping("/{other_id}")
    @ApiResponse(responseCode = "204", description = "Unlinked")
    @ApiResponse(responseCode = "404", description = "No such task, or it does not wait for the other")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(summary = "Stop a task waiting for another", description = "404 when it does not wait for it.")
    ResponseEntity<Void> remove(
            @PathVariable UUID id, @PathVariable("other_id") UUID otherId, @AuthenticationPrincipal CurrentUser user) {
        dependencies.remove(id, otherId, user);
        return ResponseEntity.noContent().build();
    }
}
