package com.mediaflow.proposals.internal;

import org.springframework.stereotype.Component;

/** Maps a proposal to what the studio sees of it. */
@Component
class ProposalViews {

    private final ClientParties clients;
    private final ProposalDecisions decisions;
    private final ProposalCalendar calendar;

    ProposalViews(ClientParties clients, ProposalDecisions decisions, ProposalCalendar calendar) {
        this.clients = clients;
        this.decisions = decisions;
        this.calendar = calendar;
    }

    ProposalView of(Proposal p) {
        var decimals = p.currencyUnit().getDefaultFractionDigits();
        var items = p.items().stream()
                .sorted(java.util.Comparator.comparingInt(ProposalItem::position))
                .map(i -> new ProposalView.ItemView(
                        i.id(),
                        i.section(),
                        i.position(),
                        i.description(),
                        i.quantity(),
                        i.unit(),
                        i.unitPrice(),
                        i.taxRate(),
                        i.optional(),
                        i.selected(),
                        i.netAmount().setScale(decimals),
                        i.taxAmount().setScale(decimals),
                        i.lineTotal().setScale(decimals)))
                .toList();
        var decision = p.status().isDecided()
                ? decisions
                        .find(p.id())
                        .map(d -> new ProposalView.DecisionView(
                                d.kind().value(),
                                d.signerName(),
                                d.signerEmail(),
                                d.reason(),
                                d.signatureType() == null
                                        ? null
                                        : d.signatureType().toLowerCase(java.util.Locale.ROOT),
                                d.typedSignature(),
                                d.contentSha256(),
                                d.selectedItemIds(),
                                d.ip(),
                                d.userAgent(),
                                d.decidedAt()))
                        .orElse(null)
                : null;
        var deposit = p.depositAmount();
        return new ProposalView(
                p.id(),
                p.number(),
                p.revision(),
                p.status(),
                p.validUntil().isBefore(calendar.today()),
                p.title(),
                p.clientId(),
                p.leadId(),
                clients.of(p).name(),
                p.intro(),
                p.terms(),
                p.validUntil(),
                p.currency(),
                p.depositPercent(),
                p.allowOptionalSelection(),
                items,
                p.subtotal().setScale(decimals),
                p.taxTotal().setScale(decimals),
                p.total().setScale(decimals),
                deposit == null ? null : deposit.setScale(decimals),
                p.projectId(),
                p.ownerId(),
                p.duplicatedFrom(),
                p.sentAt(),
                p.sentTo(),
                new ProposalView.Tracking(p.firstViewedAt(), p.lastViewedAt(), p.viewCount(), p.visibleMs()),
                decision,
                p.createdBy(),
                p.createdAt(),
                p.updatedAt(),
                p.version());
    }
}
