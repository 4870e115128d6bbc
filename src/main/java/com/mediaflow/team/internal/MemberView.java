package com.mediaflow.team.internal;

import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.security.Role;
import com.mediaflow.team.MemberStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member as the API shows them. Cost and billable rates are shown only to those who may see
 * financials or manage the team, and to the member themself; otherwise they are {@code null}.
 */
public record MemberView(
        UUID id,
        String email,
        String fullName,
        Role role,
        Set<Permission> permissions,
        MemberStatus status,
        @Nullable String jobTitle,
        @Nullable String phone,
        @Nullable BigDecimal hourlyCost,
        @Nullable BigDecimal billableRate,
        @Nullable Instant lastLoginAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static MemberView of(Member member, boolean showRates) {
        return new MemberView(
                member.id(),
                member.email(),
                member.fullName(),
                member.role(),
                member.role().permissions(),
                member.status(),
                member.jobTitle(),
                member.phone(),
                showRates ? member.hourlyCost() : null,
                showRates ? member.billableRate() : null,
                member.lastLoginAt(),
                member.createdAt(),
                member.updatedAt(),
                member.version());
    }
}
