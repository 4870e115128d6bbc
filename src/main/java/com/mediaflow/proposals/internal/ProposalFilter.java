package com.mediaflow.proposals.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Filters of the proposal list. Without {@code status}, superseded versions are left out.
 * {@code created_from}/{@code created_to} bound the creation day (UTC), inclusive; {@code q}
 * matches the number or title.
 */
public record ProposalFilter(
        @Nullable ProposalStatus status,
        @BindParam("client_id") @Nullable UUID clientId,
        @BindParam("lead_id") @Nullable UUID leadId,
        @Nullable String q,
        @BindParam("created_from") @Nullable LocalDate createdFrom,
        @BindParam("created_to") @Nullable LocalDate createdTo) {}
