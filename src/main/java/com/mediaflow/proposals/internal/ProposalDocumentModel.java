package com.mediaflow.proposals.internal;

import com.mediaflow.organization.OrganizationProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What {@code templates/documents/proposal.hbs} is filled with: display text only. */
final class ProposalDocumentModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private ProposalDocumentModel() {}

    static Map<String, Object> of(
            Proposal proposal,
            ClientParty client,
            OrganizationProfile studio,
            boolean hasLogo,
            @Nullable String mark,
            @Nullable Decision decision) {
        var decimals = proposal.currencyUnit().getDefaultFractionDigits();
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> document = new HashMap<>();
        document.put("number", proposal.number());
        document.put("version", proposal.revision());
        document.put("title", proposal.title());
        document.put("validUntil", proposal.validUntil().toString());
        document.put("currency", proposal.currency());
        put(document, "intro", proposal.intro());
        put(document, "terms", proposal.terms());
        put(document, "mark", mark);
        model.put("document", document);

        Map<String, Object> studioModel = new HashMap<>();
        studioModel.put("name", studio.name());
        studioModel.put("brandColor", studio.brandColor());
        studioModel.put("logo", hasLogo);
        put(studioModel, "email", studio.email());
        put(studioModel, "phone", studio.phone());
        put(studioModel, "website", studio.website());
        var address = studio.address();
        studioModel.put(
                "addressLines",
                Stream.of(
                                address.line1(),
                                address.line2(),
                                Stream.of(address.postalCode(), address.city())
                                        .filter(s -> s != null && !s.isBlank())
                                        .collect(Collectors.joining(" ")),
                                address.country())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        model.put("studio", studioModel);

        Map<String, Object> clientModel = new HashMap<>();
        clientModel.put("name", client.name());
        put(clientModel, "company", client.company());
        put(clientModel, "email", client.email());
        model.put("client", clientModel);

        List<Map<String, Object>> sections = new ArrayList<>();
        for (var section : proposal.sections()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (var item : section.getValue()) {
                Map<String, Object> line = new HashMap<>();
                line.put("description", item.description());
                line.put("quantity", plain(item.quantity()) + (item.unit() == null ? "" : " " + item.unit()));
                line.put("unitPrice", amount(item.unitPrice(), decimals));
                line.put("taxRate", plain(item.taxRate()) + " %");
                line.put("total", amount(item.lineTotal(), decimals));
                line.put("optional", item.optional());
                line.put("excluded", item.optional() && !item.selected());
                items.add(line);
            }
            Map<String, Object> entry = new HashMap<>();
            put(entry, "name", section.getKey().isEmpty() ? null : section.getKey());
            entry.put("items", items);
            sections.add(entry);
        }
        model.put("sections", sections);

        Map<String, Object> totals = new HashMap<>();
        totals.put("subtotal", amount(proposal.subtotal(), decimals));
        totals.put("tax", amount(proposal.taxTotal(), decimals));
        totals.put("total", amount(proposal.total(), decimals));
        if (proposal.depositPercent() != null && proposal.depositAmount() != null) {
            totals.put("depositPercent", plain(proposal.depositPercent()) + " %");
            totals.put("depositAmount", amount(proposal.depositAmount(), decimals));
        }
        model.put("totals", totals);

        if (decision != null && decision.kind() != ProposalStatus.REJECTED) {
            Map<String, Object> certificate = new HashMap<>();
            var signed = decision.kind() == ProposalStatus.SIGNED;
            certificate.put("kind", signed ? "Signed" : "Accepted");
            certificate.put("verb", signed ? "signed" : "accepted");
            certificate.put("signerName", decision.signerName());
            certificate.put("signerEmail", decision.signerEmail());
            certificate.put(
                    "decidedAt",
                    TIME.format(decision.decidedAt().atZone(ZoneId.of(studio.timezone()))) + " (" + decision.decidedAt()
                            + ")");
            certificate.put("ip", decision.ip());
            put(certificate, "userAgent", decision.userAgent());
            certificate.put("sha256", decision.contentSha256());
            certificate.put("drawn", decision.signatureImage() != null);
            put(certificate, "typedSignature", decision.typedSignature());
            certificate.put("number", decision.number() + " version " + decision.revision());
            certificate.put("total", amount(decision.total(), decimals) + " " + proposal.currency());
            model.put("certificate", certificate);
        }
        return model;
    }

    static String amount(BigDecimal value, int decimals) {
        var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(
                Math.max(decimals, value.stripTrailingZeros().scale()));
        return format.format(
                value.setScale(Math.max(decimals, value.stripTrailingZeros().scale()), RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static void put(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
