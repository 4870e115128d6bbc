package com.mediaflow.projects.web;

import com.mediaflow.projects.internal.ProjectTeams;
import com.mediaflow.projects.internal.TeamMemberView;
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
@RequestMapping("/api/projects/{id}/team")
@Tag(name = "Projects")
class ProjectTeamController {

    private final ProjectTeams teams;

    ProjectTeamController(ProjectTeams teams) {
        this.teams = teams;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of the crew")
    @ApiResponse(responseCode = "404", description = "No such project, or one you may not see")
    @Operation(
            summary = "The project's crew",
            description = "Anyone who can see the project; 404 otherwise. Sortable by added_at (default), role.")
    PageResponse<TeamMemberView> list(
            @PathVariable UUID id, @ParameterObject Paging paging, @AuthenticationPrincipal CurrentUser user) {
        return teams.list(id, paging, user);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Added; `Location` names the crew member")
    @ApiResponse(responseCode = "404", description = "No such project")
    @ApiResponse(responseCode = "409", description = "Already on the crew")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Add a member to the crew",
            description = "`user_id` must be a studio member who is not deactivated (400 otherwise); `role` is "
                    + "director, producer, editor, camera, sound, designer or other. Someone already on the crew "
                    + "is a 409; change their role with PUT. Editors and assistants see the project from now on.")
    ResponseEntity<TeamMemberView> add(
            @PathVariable UUID id,
            @Valid @RequestBody ProjectRequests.AddTeamMember request,
            @AuthenticationPrincipal CurrentUser user) {
        var member = teams.add(id, request.userId(), request.role(), user);
        return ResponseEntity.created(URI.create("/api/projects/" + id + "/team/" + member.userId()))
                .body(member);
    }

    @GetMapping("/{user_id}")
    @ApiResponse(responseCode = "200", description = "The crew member")
    @ApiResponse(responseCode = "404", description = "No such project, or they are not on its crew")
    @Operation(summary = "One crew member", description = "404 when they are not on the crew.")
    TeamMemberView get(
            @PathVariable UUID id, @PathVariable("user_id") UUID userId, @AuthenticationPrincipal CurrentUser user) {
        return teams.get(id, userId, user);
    }

    @PutMapping("/{user_id}")
    @ApiResponse(responseCode = "200", description = "The crew member with the new role")
    @ApiResponse(responseCode = "404", description = "No such project, or they are not on its crew")
    @ApiResponse(responseCode = "409", description = "A stale `version`")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Change a crew member's role on the project",
            description = "Send the `version` you read; a stale one is a 409.")
    TeamMemberView changeRole(
            @PathVariable UUID id,
            @PathVariable("user_id") UUID userId,
            @Valid @RequestBody ProjectRequests.ChangeTeamRole request,
            @AuthenticationPrincipal CurrentUser user) {
        return teams.changeRole(id, userId, request.role(), request.version(), user);
    }

    @DeleteMapping("/{user_id}")
    @ApiResponse(responseCode = "204", description = "Taken off the crew")
    @ApiResponse(responseCode = "404", description = "No such project, or they are not on its crew")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Take a member off the crew",
            description = "Their open tasks on this project are unassigned; the time they logged stays. Editors "
                    + "and assistants no longer see the project unless they manage it.")
    ResponseEntity<Void> remove(
            @PathVariable UUID id, @PathVariable("user_id") UUID userId, @AuthenticationPrincipal CurrentUser user) {
        teams.remove(id, userId, user);
        return ResponseEntity.noContent().build();
    }
}
