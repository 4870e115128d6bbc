package com.mediaflow.proposals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the studio writes about a lead, checked by {@link LeadService}. */
record LeadDetails(
        String name,
        @Nullable String company,
        @Nullable String email,
        @Nullable String phone,
        @Nullable BigDecimal estimatedValue,
        String currency,
        @Nullable String source,
        @Nullable UUID ownerId,
        @Nullable LocalDate expectedCloseDate,
        @Nullable String notes) {}
