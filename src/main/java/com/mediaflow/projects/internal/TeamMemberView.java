package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectRole;
import com.mediaflow.shared.security.Role;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.MemberStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member of a project's crew: who they are in the studio ({@code studio_role}, {@code status})
 * and what they do on this project ({@code role}).
 */
public record TeamMemberView(
        UUID projectId,
        UUID userId,
        String fullName,
        String email,
        Role studioRole,
        MemberStatus status,
        ProjectRole role,
        @Nullable UUID addedBy,
        Instant addedAt,
        Instant updatedAt,
        long version) {

    static TeamMemberView of(ProjectMember member, MemberAccount account) {
        return new TeamMemberView(
                member.projectId(),
                member.memberId(),
                account.fullName(),
                account.email(),
                account.role(),
                account.status(),
                member.role(),
                member.addedBy(),
                member.addedAt(),
                member.updatedAt(),
                member.version());
    }
}
