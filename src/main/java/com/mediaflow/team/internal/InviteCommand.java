package com.mediaflow.team.internal;

import com.mediaflow.shared.security.Role;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Who to invite, with what role and, optionally, their profile and a personal message. */
public record InviteCommand(
        String email,
        @Nullable String fullName,
        Role role,
        @Nullable String jobTitle,
        @Nullable String phone,
        @Nullable BigDecimal hourlyCost,
        @Nullable BigDecimal billableRate,
        @Nullable String message) {}
