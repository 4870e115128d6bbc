package com.mediaflow.proposals.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as its client sees it on the public page: no internal ids other than the items' (to
 * choose optional ones) and the view id (for time-on-page beacons), no notes, no tracking figures.
 * Money is rounded to the currency's decimals.
 *
 * @param viewId the opening this answer belongs to; beacons report time on page against it
 * @param version the version of the proposal, from 1
 * @param status {@code sent}, {@code viewed}, {@code accepted}, {@code rejected} or {@code signed}
 * @param actionable whether the client can still accept, reject or sign
 * @param optionalItemsSelectable whether the client may choose optional items
 * @param decision what the client decided, once they did
 */
public record PublicProposalView(
        UUID viewId,
        String number,
        int version,
        String title,
        String status,
        boolean actionable,
        boolean optionalItemsSelectable,
        String currency,
        @Nullable String intro,
        @Nullable String terms,
        LocalDate validUntil,
        String clientName,
        @Nullable String clientCompany,
        List<Section> sections,
        Totals totals,
        Studio studio,
        @Nullable Decision decision) {

    /** Items under one heading; the heading is empty for items without a section. */
    @Schema(name = "PublicProposalSection")
    public record Section(String name, List<Item> items) {}

    /**
     * @param lineTotal net plus tax of the line
     * @param optional the client may leave it out; counted in the totals only when {@code selected}
     * @param selected whether it is included (always true for items that are not optional)
     */
    @Schema(name = "PublicProposalItem")
    public record Item(
            UUID id,
            String description,
            BigDecimal quantity,
            @Nullable String unit,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal lineTotal,
            boolean optional,
            boolean selected) {}

    /**
     * Sums of the included items.
     *
     * @param depositAmount {@code deposit_percent} % of {@code total}, or {@code null} when no deposit
     *     is asked for
     */
    @Schema(name = "PublicProposalTotals")
    public record Totals(
            BigDecimal subtotal,
            BigDecimal taxTotal,
            BigDecimal total,
            @Nullable BigDecimal depositPercent,
            @Nullable BigDecimal depositAmount) {}

    /**
     * The studio sending the proposal.
     *
     * @param hasLogo whether {@code GET /api/proposals/public/{token}/logo} serves a logo
     */
    @Schema(name = "PublicProposalStudio")
    public record Studio(
            String name,
            String brandColor,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable String addressLine,
            boolean hasLogo) {}

    /**
     * @param kind {@code accepted}, {@code rejected} or {@code signed}
     * @param signerName who decided
     * @param reason the reason given for a rejection
     */
    @Schema(name = "PublicProposalDecision")
    public record Decision(
            String kind,
            Instant decidedAt,
            @Nullable String signerName,
            @Nullable String reason) {}
}
