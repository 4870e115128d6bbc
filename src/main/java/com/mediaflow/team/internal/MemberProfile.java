package com.mediaflow.team.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The editable details of a member. Rates are in the organization's default currency. */
public record MemberProfile(
        String email,
        String fullName,
        @Nullable String jobTitle,
        @Nullable String phone,
        @Nullable BigDecimal hourlyCost,
        @Nullable BigDecimal billableRate) {}
