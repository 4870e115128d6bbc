package com.mediaflow.team;

import com.mediaflow.shared.security.Role;
import java.util.UUID;

/** What sign-in needs to know about a member. */
public record MemberAccount(UUID id, String email, String fullName, Role role, MemberStatus status) {

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }
}
