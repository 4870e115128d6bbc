package com.mediaflow.auth.web;

import com.mediaflow.auth.internal.AuthUser;
import com.mediaflow.auth.internal.SignedIn;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.security.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Response bodies of the auth routes. */
final class AuthResponses {

    private AuthResponses() {}

    record Tokens(
            AuthUser user,
            String accessToken,
            String refreshToken,
            String tokenType,
            long expiresIn,
            long refreshExpiresIn) {

        static Tokens of(SignedIn signedIn) {
            return new Tokens(
                    signedIn.user(),
                    signedIn.accessToken(),
                    signedIn.refreshToken(),
                    "Bearer",
                    signedIn.expiresIn(),
                    signedIn.refreshExpiresIn());
        }
    }

    /** The member, their permissions, and the whole role matrix so the front end needs no copy of it. */
    record Me(AuthUser user, Set<Permission> permissions, Map<Role, Set<Permission>> rolePermissions) {

        static Me of(AuthUser user) {
            Map<Role, Set<Permission>> matrix = new LinkedHashMap<>();
            Arrays.stream(Role.values()).forEach(role -> matrix.put(role, role.permissions()));
            return new Me(user, user.role().permissions(), matrix);
        }
    }

    record Message(String message) {}
}
