package com.mediaflow.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An accepted proposal now has its client contact (a lead was converted if needed) and its
 * project. Published once per accepted proposal, after {@link ProposalAccepted} was handled.
 *
 * @param depositAmount {@code depositPercent} % of {@code total}, rounded half-up to the
 *     currency's minor unit; {@code null} when the studio asks for no deposit
 */
public record AcceptedProposalLinked(
        UUID proposalId,
        String number,
        UUID clientId,
        UUID projectId,
        UUID ownerId,
        BigDecimal total,
        String currency,
        @Nullable BigDecimal depositPercent,
        @Nullable BigDecimal depositAmount,
        Instant acceptedAt) {}
