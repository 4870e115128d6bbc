package com.mediaflow.proposals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead as a create or an update gives it; {@code currency} null means the studio's. */
public record LeadCommand(
        String name,
        @Nullable String company,
        @Nullable String email,
        @Nullable String phone,
        @Nullable LeadStatus status,
        @Nullable BigDecimal estimatedValue,
        @Nullable String currency,
        @Nullable String source,
        @Nullable UUID ownerId,
        @Nullable LocalDate expectedCloseDate,
        @Nullable String notes) {}
