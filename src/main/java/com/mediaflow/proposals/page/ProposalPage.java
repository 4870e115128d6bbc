package com.mediaflow.proposals.page;

import com.mediaflow.proposals.internal.PublicProposalView;
import com.mediaflow.shared.money.Money;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the template {@code public/proposal.hbs} shows: the proposal as its client sees it, every
 * value already written for reading (money, quantities, dates) plus the figures the page's script
 * needs to recompute the totals when the client ticks optional items: each optional line's net and
 * tax in the currency's minor unit, added up exactly as the server adds its rounded lines.
 */
record ProposalPage(
        String token,
        String viewId,
        String number,
        int version,
        String title,
        String status,
        String statusLabel,
        boolean actionable,
        boolean choosable,
        String currency,
        int minorDigits,
        @Nullable String intro,
        @Nullable String terms,
        String validUntil,
        String clientName,
        @Nullable String clientCompany,
        List<SectionRow> sections,
        boolean hasOptionalItems,
        TotalsRow totals,
        Studio studio,
        @Nullable DecisionRow decision,
        Links links) {

    record SectionRow(@Nullable String name, List<ItemRow> items) {}

    record ItemRow(
            String id,
            String description,
            String quantity,
            @Nullable String unit,
            String unitPrice,
            String taxRate,
            String lineTotal,
            boolean optional,
            boolean selected,
            String netMinor,
            String taxMinor) {}

    record TotalsRow(
            String subtotal,
            String taxTotal,
            String total,
            String subtotalMinor,
            String taxTotalMinor,
            @Nullable String depositPercent,
            @Nullable String depositAmount) {}

    record Studio(
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable String addressLine,
            String initial) {}

    record DecisionRow(
            String kind, String summary, @Nullable String reason) {}

    /** Addresses the page links to, all on this server. */
    record Links(String pdf, @Nullable String logo, String api, String theme, String stylesheet, String script) {}

    /** The addresses of the page's stylesheet and script, which change whenever their content does. */
    record Assets(String stylesheet, String script) {}

    static ProposalPage of(String token, PublicProposalView view, Assets assets) {
        var currency = Money.currency(view.currency());
        var sections = view.sections().stream()
                .map(section -> new SectionRow(
                        section.name().isBlank() ? null : section.name(),
                        section.items().stream()
                                .map(item -> item(item, currency))
                                .toList()))
                .toList();
        var hasOptional = view.sections().stream()
                .flatMap(section -> section.items().stream())
                .anyMatch(PublicProposalView.Item::optional);
        var studio = view.studio();
        var api = "/api/proposals/public/" + token;
        var theme = BrandTheme.of(studio.brandColor());
        return new ProposalPage(
                token,
                view.viewId().toString(),
                view.number(),
                view.version(),
                view.title(),
                view.status(),
                statusLabel(view),
                view.actionable(),
                view.actionable() && view.optionalItemsSelectable(),
                currency.getCurrencyCode(),
                currency.getDefaultFractionDigits(),
                blankToNull(view.intro()),
                blankToNull(view.terms()),
                PageFormats.date(view.validUntil()),
                view.clientName(),
                blankToNull(view.clientCompany()),
                sections,
                hasOptional,
                totals(view.totals(), currency),
                new Studio(
                        studio.name(),
                        blankToNull(studio.email()),
                        blankToNull(studio.phone()),
                        website(studio.website()),
                        blankToNull(studio.addressLine()),
                        studio.name().isBlank()
                                ? "?"
                                : studio.name().substring(0, studio.name().offsetByCodePoints(0, 1))),
                decision(view.decision()),
                new Links(
                        api + "/pdf",
                        studio.hasLogo() ? api + "/logo" : null,
                        api,
                        "/p/brand/" + theme.digits() + ".css",
                        assets.stylesheet(),
                        assets.script()));
    }

    private static ItemRow item(PublicProposalView.Item item, Currency currency) {
        // The server rounds each line's net and tax once and adds the rounded lines; the script adds
        // these same rounded amounts. Tax is what remains of the line total, so the two always add up.
        var net = new Money(item.quantity().multiply(item.unitPrice()), currency);
        var tax = new Money(item.lineTotal(), currency).minus(net);
        return new ItemRow(
                item.id().toString(),
                item.description(),
                PageFormats.number(item.quantity()),
                blankToNull(item.unit()),
                PageFormats.money(item.unitPrice(), currency),
                PageFormats.number(item.taxRate()) + "%",
                PageFormats.money(item.lineTotal(), currency),
                item.optional(),
                item.selected(),
                PageFormats.minorUnits(net),
                PageFormats.minorUnits(tax));
    }

    private static TotalsRow totals(PublicProposalView.Totals totals, Currency currency) {
        return new TotalsRow(
                PageFormats.money(totals.subtotal(), currency),
                PageFormats.money(totals.taxTotal(), currency),
                PageFormats.money(totals.total(), currency),
                PageFormats.minorUnits(new Money(totals.subtotal(), currency)),
                PageFormats.minorUnits(new Money(totals.taxTotal(), currency)),
                totals.depositPercent() == null ? null : PageFormats.number(totals.depositPercent()),
                totals.depositAmount() == null ? null : PageFormats.money(totals.depositAmount(), currency));
    }

    private static String statusLabel(PublicProposalView view) {
        return switch (view.status()) {
            case "accepted" -> "Accepted";
            case "rejected" -> "Declined";
            case "signed" -> "Signed";
            default -> view.actionable() ? "Awaiting your decision" : "Closed";
        };
    }

    private static @Nullable DecisionRow decision(PublicProposalView.@Nullable Decision decision) {
        if (decision == null) {
            return null;
        }
        var verb = switch (decision.kind()) {
            case "signed" -> "Signed";
            case "accepted" -> "Accepted";
            default -> "Declined";
        };
        var who = decision.signerName() == null ? "" : " by " + decision.signerName();
        return new DecisionRow(
                decision.kind(),
                verb + who + " on " + PageFormats.dateTime(decision.decidedAt()) + ".",
                blankToNull(decision.reason()));
    }

    /** Only web addresses become links; anything else is shown as text by leaving it out here. */
    private static @Nullable String website(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        var value = website.strip();
        if (value.startsWith("https://") || value.startsWith("http://")) {
            return value;
        }
        return value.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?") ? "https://" + value : null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
