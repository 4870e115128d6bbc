package com.mediaflow.accounting.internal;

import com.mediaflow.organization.OrganizationProfile;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code invoice} template shows, formatted: amounts with the currency's decimals and
 * thousands separators ({@code 1,234.50}), rates as percentages. Every value is text the template
 * escapes; the brand colour, which goes into CSS, is used only when it is a plain {@code #RRGGBB}.
 */
final class InvoiceDocumentModel {

    private InvoiceDocumentModel() {}

    static Map<String, Object> of(
            InvoiceView invoice,
            OrganizationProfile studio,
            @Nullable String creditedNumber,
            @Nullable String projectName,
            @Nullable String mark,
            boolean logo) {
        var decimals = java.util.Currency.getInstance(invoice.currency()).getDefaultFractionDigits();
        List<Map<String, Object>> items = new ArrayList<>();
        for (var line : invoice.items()) {
            items.add(Map.of(
                    "position", line.position(),
                    "description", line.description(),
                    "quantity", line.quantity().toPlainString(),
                    "unitPrice",
                            amount(
                                    line.unitPrice(),
                                    Math.max(decimals, line.unitPrice().scale())),
                    "discount", line.discountPercent().signum() == 0 ? "" : percent(line.discountPercent()),
                    "net", amount(line.netAmount(), decimals),
                    "taxRate", percent(line.taxRate()),
                    "total", amount(line.totalAmount(), decimals)));
        }
        List<Map<String, Object>> taxes = new ArrayList<>();
        for (var tax : invoice.taxSummary()) {
            taxes.add(Map.of(
                    "rate", percent(tax.rate()),
                    "taxable", amount(tax.taxableAmount(), decimals),
                    "tax", amount(tax.taxAmount(), decimals)));
        }
        var creditNote = invoice.kind() == InvoiceKind.CREDIT_NOTE;
        var document = new java.util.HashMap<String, Object>();
        document.put("title", creditNote ? "CREDIT NOTE" : "INVOICE");
        document.put("number", invoice.number() == null ? "Draft" : invoice.number());
        put(document, "issueDate", invoice.issueDate());
        put(document, "dueDate", creditNote ? null : invoice.dueDate());
        put(document, "creditNoteOf", creditedNumber);
        put(document, "creditReason", invoice.creditReason());
        put(document, "project", projectName);
        put(document, "mark", mark);
        document.put("currency", invoice.currency());
        put(document, "terms", invoice.terms());
        put(document, "notes", invoice.notes());

        var totals = new java.util.HashMap<String, Object>();
        totals.put("gross", amount(invoice.grossTotal(), decimals));
        if (invoice.discountTotal().signum() != 0) {
            totals.put("discount", amount(invoice.discountTotal(), decimals));
        }
        totals.put("subtotal", amount(invoice.subtotal(), decimals));
        totals.put("tax", amount(invoice.taxTotal(), decimals));
        totals.put("total", amount(invoice.total(), decimals));
        if (invoice.amountPaid().signum() != 0) {
            totals.put("paid", amount(invoice.amountPaid(), decimals));
        }
        if (invoice.amountCredited().signum() != 0) {
            totals.put("credited", amount(invoice.amountCredited(), decimals));
        }
        if (!creditNote
                && (invoice.amountPaid().signum() != 0
                        || invoice.amountCredited().signum() != 0)) {
            totals.put("balance", amount(invoice.balanceDue(), decimals));
        }

        var payment = new java.util.HashMap<String, Object>();
        if (!creditNote && invoice.dueDate() != null) {
            payment.put(
                    "terms",
                    invoice.issueDate() != null && invoice.issueDate().equals(invoice.dueDate())
                            ? "Payable on receipt."
                            : "Payable by " + invoice.dueDate() + ". Please quote "
                                    + (invoice.number() == null ? "the invoice number" : invoice.number())
                                    + " with your payment.");
        }
        var bank = studio.bankDetails();
        payment.put(
                "bankLines",
                lines(
                        label("Account holder", bank.accountName()),
                        label("Bank", bank.bankName()),
                        label("IBAN", bank.iban()),
                        label("BIC", bank.bic()),
                        label("Account number", bank.accountNumber())));

        var address = studio.address();
        var studioModel = new java.util.HashMap<String, Object>();
        studioModel.put("name", studio.name());
        put(studioModel, "legalName", studio.legalName());
        studioModel.put(
                "addressLines",
                lines(
                        address.line1(),
                        address.line2(),
                        join(address.postalCode(), address.city()),
                        join(address.region(), address.country())));
        put(studioModel, "taxId", studio.taxId());
        put(studioModel, "email", studio.email());
        put(studioModel, "phone", studio.phone());
        put(studioModel, "website", studio.website());
        studioModel.put("brandColor", studio.brandColor().matches("#[0-9a-fA-F]{6}") ? studio.brandColor() : "#1F6FEB");
        studioModel.put("logo", logo);

        var client = new java.util.HashMap<String, Object>();
        client.put("name", invoice.clientName());
        put(client, "address", invoice.billingAddress());

        return Map.of(
                "document", document,
                "studio", studioModel,
                "client", client,
                "items", items,
                "taxSummary", taxes,
                "totals", totals,
                "payment", payment);
    }

    /** {@code 1234.5} with 2 decimals is {@code 1,234.50}. */
    static String amount(BigDecimal value, int decimals) {
        var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(Math.max(decimals, value.scale()));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + " %";
    }

    private static void put(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }

    private static @Nullable String label(String label, @Nullable String value) {
        return value == null || value.isBlank() ? null : label + ": " + value;
    }

    private static @Nullable String join(@Nullable String first, @Nullable String second) {
        var joined = Stream.of(first, second)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .reduce((a, b) -> a + " " + b);
        return joined.orElse(null);
    }

    private static List<String> lines(@Nullable String... values) {
        return Stream.of(values)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .toList();
    }
}
