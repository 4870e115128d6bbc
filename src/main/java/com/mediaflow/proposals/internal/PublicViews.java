package com.mediaflow.proposals.internal;

import com.mediaflow.organization.OrganizationDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds what the client sees of a proposal. */
@Component
class PublicViews {

    private final OrganizationDirectory organization;
    private final StudioLogo logo;

    PublicViews(OrganizationDirectory organization, StudioLogo logo) {
        this.organization = organization;
        this.logo = logo;
    }

    PublicProposalView of(Proposal proposal, ClientParty client, UUID viewId, @Nullable Decision decision) {
        var decimals = proposal.currencyUnit().getDefaultFractionDigits();
        List<PublicProposalView.Section> sections = new ArrayList<>();
        for (var section : proposal.sections()) {
            sections.add(new PublicProposalView.Section(
                    section.getKey(),
                    section.getValue().stream()
                            .map(item -> new PublicProposalView.Item(
                                    item.id(),
                                    item.description(),
                                    item.quantity().stripTrailingZeros().scale() < 0
                                            ? item.quantity().setScale(0)
                                            : item.quantity().stripTrailingZeros(),
                                    item.unit(),
                                    item.unitPrice().setScale(decimals, java.math.RoundingMode.HALF_UP),
                                    item.taxRate().stripTrailingZeros().scale() < 0
                                            ? item.taxRate().setScale(0)
                                            : item.taxRate().stripTrailingZeros(),
                                    item.lineTotal().setScale(decimals),
                                    item.optional(),
                                    item.selected()))
                            .toList()));
        }
        var deposit = proposal.depositAmount();
        var totals = new PublicProposalView.Totals(
                proposal.subtotal().setScale(decimals),
                proposal.taxTotal().setScale(decimals),
                proposal.total().setScale(decimals),
                proposal.depositPercent(),
                deposit == null ? null : deposit.setScale(decimals));
        var studio = organization.current();
        var address = studio.address();
        var addressLine = Stream.of(
                        address.line1(),
                        address.line2(),
                        Stream.of(address.postalCode(), address.city())
                                .filter(s -> s != null && !s.isBlank())
                                .collect(Collectors.joining(" ")),
                        address.country())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        var status = proposal.status();
        return new PublicProposalView(
                viewId,
                proposal.number(),
                proposal.revision(),
                proposal.title(),
                status.value(),
                status.isOut(),
                status.isOut() && proposal.allowOptionalSelection(),
                proposal.currency(),
                proposal.intro(),
                proposal.terms(),
                proposal.validUntil(),
                client.name(),
                client.company(),
                sections,
                totals,
                new PublicProposalView.Studio(
                        studio.name(),
                        studio.brandColor(),
                        studio.email(),
                        studio.phone(),
                        studio.website(),
                        addressLine.isBlank() ? null : addressLine,
                        logo.exists()),
                decision == null
                        ? null
                        : new PublicProposalView.Decision(
                                decision.kind().value(),
                                decision.decidedAt(),
                                decision.signerName(),
                                decision.reason()));
    }
}
