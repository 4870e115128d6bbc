package com.mediaflow.team.web;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.team.internal.MemberFilter;
import com.mediaflow.team.internal.MemberView;
import com.mediaflow.team.internal.TeamInvitations;
import com.mediaflow.team.internal.TeamMembers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/team/members")
@Tag(name = "Team")
class TeamMembersController {

    private final TeamMembers members;
    private final TeamInvitations invitations;

    TeamMembersController(TeamMembers members, TeamInvitations invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    @GetMapping
    @Operation(
            summary = "List the studio's members",
            description =
                    "Any signed-in member. `q` matches name, e-mail and job title. Rates are shown to those "
                            + "who may view financials or manage the team. Sortable by full_name, email, role, status, created_at.")
    PageResponse<MemberView> list(
            @ParameterObject MemberFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return members.list(filter, paging, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('can_manage_team')")
    @Operation(
            summary = "Add a member",
            description = "Creates the member in status `invited` and e-mails them an invitation link (7 days). "
                    + "Only an owner can add owners.")
    ResponseEntity<MemberView> add(
            @Valid @RequestBody MemberRequests.AddMember request, @AuthenticationPrincipal CurrentUser user) {
        var invited = invitations.invite(request.command(), user);
        return ResponseEntity.created(
                        URI.create("/api/team/members/" + invited.member().id()))
                .body(invited.member());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member")
    MemberView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return members.get(id, user);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('can_manage_team')")
    @Operation(
            summary = "Update a member's profile, rates and role",
            description = "Send the `version` you read; a stale one is a 409. Changing `role` needs the owner role.")
    MemberView update(
            @PathVariable UUID id,
            @Valid @RequestBody MemberRequests.UpdateMember request,
            @AuthenticationPrincipal CurrentUser user) {
        return members.update(id, request.update(), user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OWNER')")
    @Operation(
            summary = "Deactivate a member",
            description = "The member can no longer sign in and their tokens stop working at once. History is kept. "
                    + "You cannot deactivate yourself or the last owner.")
    ResponseEntity<Void> deactivate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        members.deactivate(id, user);
        return ResponseEntity.noContent().build();
    }
}
