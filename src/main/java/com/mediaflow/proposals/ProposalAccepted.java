package com.mediaflow.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client accepted or signed a version of a proposal. Published in the transaction that records
 * the decision; listeners run after it commits and are retried until they succeed.
 *
 * @param proposalId the version that was decided
 * @param number e.g. {@code PROP-2026-0001}
 * @param revision the version number, from 1
 * @param signed whether the client signed (rather than only accepted)
 * @param clientId the client contact, or {@code null} while the proposal is addressed to a lead
 * @param leadId the lead the proposal was made for, or {@code null}
 * @param projectId the project it belongs to, or {@code null} when it has none yet
 * @param ownerId the member responsible for the proposal
 * @param total the accepted total (with the optional items the client chose)
 * @param currency ISO 4217 code of the amounts
 * @param depositPercent the deposit the studio asks for, or {@code null}
 */
public record ProposalAccepted(
        UUID proposalId,
        String number,
        int revision,
        String title,
        boolean signed,
        @Nullable UUID clientId,
        @Nullable UUID leadId,
        @Nullable UUID projectId,
        UUID ownerId,
        BigDecimal total,
        String currency,
        @Nullable BigDecimal depositPercent,
        Instant acceptedAt) {}
