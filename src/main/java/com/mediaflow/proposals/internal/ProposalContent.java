package com.mediaflow.proposals.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical serialization of one version of a proposal, whose SHA-256 is kept as evidence when
 * the client decides: what exactly was accepted or signed.
 *
 * <p>The format, fixed forever (a change would break every recorded hash): compact UTF-8 JSON with
 * the keys of every object sorted, no whitespace, no null values (a missing field means absent),
 * and every number and date as a string: amounts with the currency's decimals, quantities with 3,
 * unit prices with 4 and tax rates with 3 decimals ({@code "1.500"}), dates as {@code 2026-12-31}.
 * The fields:
 *
 * <pre>
 * {"client": {"company", "email", "name"}, "currency", "intro", "number",
 *  "sections": [{"items": [{"description", "line_total", "optional", "quantity", "selected",
 *                           "tax_rate", "unit", "unit_price"}], "name"}],
 *  "terms", "title", "totals": {"deposit_amount", "deposit_percent", "subtotal", "tax_total", "total"},
 *  "valid_until", "version"}
 * </pre>
 *
 * {@code optional} and {@code selected} are JSON booleans, {@code version} a string of the version
 * number. Sections and items are in the order the client sees them.
 */
final class ProposalContent {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ProposalContent() {}

    static String canonical(Proposal proposal, ClientParty client) {
        var decimals = proposal.currencyUnit().getDefaultFractionDigits();
        Map<String, Object> root = new TreeMap<>();
        Map<String, Object> party = new TreeMap<>();
        put(party, "name", client.name());
        put(party, "company", client.company());
        put(party, "email", client.email());
        root.put("client", party);
        put(root, "currency", proposal.currency());
        put(root, "intro", proposal.intro());
        put(root, "number", proposal.number());
        List<Object> sections = new ArrayList<>();
        for (var section : proposal.sections()) {
            List<Object> items = new ArrayList<>();
            for (var item : section.getValue()) {
                Map<String, Object> line = new TreeMap<>();
                put(line, "description", item.description());
                put(line, "line_total", fixed(item.lineTotal(), decimals));
                line.put("optional", item.optional());
                put(line, "quantity", fixed(item.quantity(), 3));
                line.put("selected", item.selected());
                put(line, "tax_rate", fixed(item.taxRate(), 3));
                put(line, "unit", item.unit());
                put(line, "unit_price", fixed(item.unitPrice(), 4));
                items.add(line);
            }
            Map<String, Object> entry = new TreeMap<>();
            entry.put("items", items);
            entry.put("name", section.getKey());
            sections.add(entry);
        }
        root.put("sections", sections);
        put(root, "terms", proposal.terms());
        put(root, "title", proposal.title());
        Map<String, Object> totals = new TreeMap<>();
        put(totals, "subtotal", fixed(proposal.subtotal(), decimals));
        put(totals, "tax_total", fixed(proposal.taxTotal(), decimals));
        put(totals, "total", fixed(proposal.total(), decimals));
        put(totals, "deposit_percent", proposal.depositPercent() == null ? null : fixed(proposal.depositPercent(), 2));
        put(
                totals,
                "deposit_amount",
                proposal.depositAmount() == null ? null : fixed(proposal.depositAmount(), decimals));
        root.put("totals", totals);
        put(root, "valid_until", proposal.validUntil().toString());
        put(root, "version", Integer.toString(proposal.revision()));
        return CANONICAL.writeValueAsString(root);
    }

    static String sha256(Proposal proposal, ClientParty client) {
        return sha256(canonical(proposal, client));
    }

    static String sha256(String content) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static void put(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String fixed(BigDecimal value, int scale) {
        return value.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
