package com.mediaflow.proposals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The heading of a proposal, checked by {@link ProposalService} before it reaches the aggregate. */
record ProposalDetails(
        String title,
        @Nullable UUID clientId,
        @Nullable UUID leadId,
        @Nullable String intro,
        @Nullable String terms,
        LocalDate validUntil,
        String currency,
        @Nullable BigDecimal depositPercent,
        boolean allowOptionalSelection) {}
