package com.mediaflow.team.web;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.team.internal.InvitationView;
import com.mediaflow.team.internal.TeamInvitations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/team/invitations")
@Tag(name = "Team")
class TeamInvitationsController {

    private final TeamInvitations invitations;

    TeamInvitationsController(TeamInvitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('can_manage_team')")
    @Operation(
            summary = "Invite someone by e-mail",
            description = "E-mails a link that works once for 7 days. Inviting an already invited address replaces "
                    + "the earlier link. Only an owner can invite owners.")
    ResponseEntity<InvitationView> invite(
            @Valid @RequestBody MemberRequests.Invite request, @AuthenticationPrincipal CurrentUser user) {
        var invited = invitations.invite(request.command(), user);
        return ResponseEntity.created(URI.create(
                        "/api/team/invitations/" + invited.invitation().id()))
                .body(invited.invitation());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('can_manage_team')")
    @Operation(
            summary = "List invitations",
            description = "`status`: pending, accepted or revoked. Pending invitations past their date show as "
                    + "`expired`. Sortable by created_at, expires_at, email.")
    PageResponse<InvitationView> list(
            @RequestParam(required = false) @Nullable String status, @ParameterObject Paging paging) {
        return invitations.list(status, paging);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('can_manage_team')")
    @Operation(summary = "Revoke a pending invitation", description = "Its link stops working.")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        invitations.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
