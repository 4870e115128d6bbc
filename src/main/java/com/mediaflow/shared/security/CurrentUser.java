package com.mediaflow.shared.security;

import java.util.UUID;

/**
 * The authenticated member behind a request, as loaded fresh from the database on every request
 * (so a role change or a deactivation takes effect at once). Controllers take it with
 * {@code @AuthenticationPrincipal CurrentUser user} and pass it to services for object-level checks.
 */
public record CurrentUser(UUID id, String email, String fullName, Role role, String sessionId) {

    public boolean has(Permission permission) {
        return role.has(permission);
    }

    public boolean isOwner() {
        return role == Role.OWNER;
    }
}
