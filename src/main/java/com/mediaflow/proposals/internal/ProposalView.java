package com.mediaflow.proposals.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A version of a proposal as the studio sees it.
 *
 * @param number shared by all versions, e.g. {@code PROP-2026-0001}
 * @param revision the version of the proposal (1, 2, ...); {@code /revise} makes the next one
 * @param status {@code draft}, {@code sent}, {@code viewed}, {@code accepted}, {@code rejected},
 *     {@code signed} or {@code superseded}
 * @param expired whether {@code valid_until} has passed where the studio is (its link no longer works)
 * @param clientName the client contact's name, or the lead's while there is no contact
 * @param items the lines in order; optional ones count in the totals only when {@code selected}
 * @param depositAmount {@code deposit_percent} % of {@code total}, or {@code null}
 * @param projectId the project it belongs to (set when an accepted proposal created one)
 * @param ownerId the member responsible for it, told about views and decisions
 * @param duplicatedFrom the proposal this one was duplicated from
 * @param tracking how the client looked at this version
 * @param decision the client's decision and its evidence, once made
 * @param version the edit version; send it back on {@code PUT} (a stale one is a 409)
 */
public record ProposalView(
        UUID id,
        String number,
        int revision,
        ProposalStatus status,
        boolean expired,
        String title,
        @Nullable UUID clientId,
        @Nullable UUID leadId,
        String clientName,
        @Nullable String intro,
        @Nullable String terms,
        LocalDate validUntil,
        String currency,
        @Nullable BigDecimal depositPercent,
        boolean allowOptionalSelection,
        List<ItemView> items,
        BigDecimal subtotal,
        BigDecimal taxTotal,
        BigDecimal total,
        @Nullable BigDecimal depositAmount,
        @Nullable UUID projectId,
        UUID ownerId,
        @Nullable UUID duplicatedFrom,
        @Nullable Instant sentAt,
        @Nullable String sentTo,
        Tracking tracking,
        @Nullable DecisionView decision,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /**
     * A line of the proposal.
     *
     * @param section the heading it is listed under; empty for none
     * @param netAmount {@code quantity × unit_price}, rounded half-up to the currency's minor unit
     * @param taxAmount {@code net_amount × tax_rate / 100}, rounded the same way, per line
     * @param lineTotal {@code net_amount + tax_amount}
     * @param selected whether it counts in the totals (always for items that are not optional)
     */
    @Schema(name = "ProposalItem")
    public record ItemView(
            UUID id,
            String section,
            int position,
            String description,
            BigDecimal quantity,
            @Nullable String unit,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            boolean optional,
            boolean selected,
            BigDecimal netAmount,
            BigDecimal taxAmount,
            BigDecimal lineTotal) {}

    /**
     * @param visibleMs total time the public page was visible, in milliseconds
     */
    @Schema(name = "ProposalTracking")
    public record Tracking(
            @Nullable Instant firstViewedAt, @Nullable Instant lastViewedAt, int viewCount, long visibleMs) {}

    /**
     * The client's decision and the evidence kept with it.
     *
     * @param kind {@code accepted}, {@code rejected} or {@code signed}
     * @param signatureType {@code drawn} or {@code typed} when signed
     * @param contentSha256 SHA-256 (hex) of the canonical content of this version as decided
     * @param selectedOptionalItemIds the optional items the client chose
     */
    @Schema(name = "ProposalDecision")
    public record DecisionView(
            String kind,
            String signerName,
            String signerEmail,
            @Nullable String reason,
            @Nullable String signatureType,
            @Nullable String typedSignature,
            String contentSha256,
            List<UUID> selectedOptionalItemIds,
            String ip,
            @Nullable String userAgent,
            Instant decidedAt) {}
}
