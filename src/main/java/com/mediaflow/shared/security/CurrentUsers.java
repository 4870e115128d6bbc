package com.mediaflow.shared.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of the current request, for code that is not handed one (the audit log). */
public final class CurrentUsers {

    private CurrentUsers() {}

    public static Optional<CurrentUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
