package com.mediaflow.team.internal;

import com.mediaflow.shared.security.Role;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invitation as the API shows it (never with its token). */
public record InvitationView(
        UUID id,
        UUID memberId,
        String email,
        Role role,
        String status,
        UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt) {

    static InvitationView of(Invitation invitation, java.time.Instant now) {
        var status = invitation.status() == Invitation.Status.PENDING && !now.isBefore(invitation.expiresAt())
                ? "expired"
                : invitation.status().name().toLowerCase();
        return new InvitationView(
                invitation.id(),
                invitation.memberId(),
                invitation.email(),
                invitation.role(),
                status,
                invitation.invitedBy(),
                invitation.createdAt(),
                invitation.expiresAt(),
                invitation.acceptedAt());
    }
}
