package com.mediaflow.auth.internal;

import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.security.Role;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.MemberStatus;
import java.util.Set;
import java.util.UUID;

/** The signed-in member as the auth routes return them. */
public record AuthUser(
        UUID id, String email, String fullName, Role role, Set<Permission> permissions, MemberStatus status) {

    public static AuthUser of(MemberAccount account) {
        return new AuthUser(
                account.id(),
                account.email(),
                account.fullName(),
                account.role(),
                account.role().permissions(),
                account.status());
    }
}
