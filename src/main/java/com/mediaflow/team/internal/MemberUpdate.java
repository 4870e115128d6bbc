package com.mediaflow.team.internal;

import com.mediaflow.shared.security.Role;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A full update of a member; {@code role} {@code null} keeps the role. */
public record MemberUpdate(
        String fullName,
        @Nullable String jobTitle,
        @Nullable String phone,
        @Nullable BigDecimal hourlyCost,
        @Nullable BigDecimal billableRate,
        @Nullable Role role,
        long version) {}
