package com.mediaflow.proposals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as a create or an update gives it. {@code items} {@code null} on update keeps the
 * items; {@code currency} {@code null} means the studio's default.
 */
public record ProposalCommand(
        String title,
        @Nullable UUID clientId,
        @Nullable UUID leadId,
        LocalDate validUntil,
        @Nullable String currency,
        @Nullable String intro,
        @Nullable String terms,
        @Nullable BigDecimal depositPercent,
        boolean allowOptionalSelection,
        @Nullable List<ItemInput> items) {}
