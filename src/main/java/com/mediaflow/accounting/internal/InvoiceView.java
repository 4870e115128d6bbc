package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note with the amounts the server computed: each line rounded half-up to
 * the currency's minor unit, {@code subtotal} (after discounts) and {@code tax_total} the sums of
 * the rounded lines, {@code total = subtotal + tax_total}, and a {@code tax_summary} per tax rate.
 * {@code balance_due = total − amount_paid − amount_credited} (0 for drafts, void invoices and
 * credit notes); {@code overdue} is derived from {@code due_date} and the balance.
 */
public record InvoiceView(
        UUID id,
        InvoiceKind kind,
        @Nullable String number,
        InvoiceStatus status,
        UUID clientId,
        String clientName,
        @Nullable String billingAddress,
        @Nullable UUID projectId,
        String currency,
        @Nullable LocalDate issueDate,
        @Nullable LocalDate dueDate,
        @Nullable String notes,
        @Nullable String terms,
        List<Line> items,
        List<TaxLine> taxSummary,
        BigDecimal grossTotal,
        BigDecimal discountTotal,
        BigDecimal subtotal,
        BigDecimal taxTotal,
        BigDecimal total,
        BigDecimal amountPaid,
        BigDecimal amountCredited,
        BigDecimal balanceDue,
        boolean overdue,
        long daysOverdue,
        @Nullable UUID creditNoteOf,
        @Nullable String creditReason,
        List<CreditNoteRef> creditNotes,
        @Nullable Instant issuedAt,
        @Nullable Instant sentAt,
        @Nullable String sentTo,
        @Nullable LocalDate settledOn,
        @Nullable Instant voidedAt,
        @Nullable String voidReason,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** One line: what was written, and the amounts computed from it. */
    public record Line(
            UUID id,
            int position,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal discountPercent,
            BigDecimal grossAmount,
            BigDecimal discountAmount,
            BigDecimal netAmount,
            BigDecimal taxAmount,
            BigDecimal totalAmount,
            @Nullable UUID expenseId) {}

    /** The lines of one tax rate: their net amounts and their (per line rounded) tax, summed. */
    public record TaxLine(BigDecimal rate, BigDecimal taxableAmount, BigDecimal taxAmount) {}

    /** A credit note issued against this invoice. */
    public record CreditNoteRef(UUID id, String number, BigDecimal total, LocalDate issueDate) {}

    static InvoiceView of(Invoice invoice, List<Invoice> creditNotes, LocalDate today) {
        var currency = invoice.currency();
        List<Line> lines = new ArrayList<>();
        for (var line : invoice.lines()) {
            lines.add(new Line(
                    line.id(),
                    line.position(),
                    line.description(),
                    plain(line.quantity(), 0),
                    plain(line.unitPrice(), currency.getDefaultFractionDigits()),
                    plain(line.taxRate(), 0),
                    plain(line.discountPercent(), 0),
                    money(line.grossAmount(), currency),
                    money(line.discountAmount(), currency),
                    money(line.netAmount(), currency),
                    money(line.taxAmount(), currency),
                    new Money(line.netAmount().add(line.taxAmount()), currency).amount(),
                    line.expenseId()));
        }
        return new InvoiceView(
                invoice.id(),
                invoice.kind(),
                invoice.number(),
                invoice.status(),
                invoice.clientId(),
                invoice.clientName(),
                invoice.billingAddress(),
                invoice.projectId(),
                invoice.currencyCode(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.notes(),
                invoice.terms(),
                lines,
                taxSummary(invoice),
                money(invoice.grossTotal(), currency),
                money(invoice.discountTotal(), currency),
                money(invoice.subtotal(), currency),
                money(invoice.taxTotal(), currency),
                money(invoice.total(), currency),
                money(invoice.amountPaid(), currency),
                money(invoice.amountCredited(), currency),
                invoice.balanceDue().amount(),
                invoice.isOverdue(today),
                invoice.daysOverdue(today),
                invoice.creditNoteOf(),
                invoice.creditReason(),
                creditNotes.stream()
                        .map(note -> new CreditNoteRef(
                                note.id(),
                                java.util.Objects.requireNonNull(note.number()),
                                money(note.total(), currency),
                                java.util.Objects.requireNonNull(note.issueDate())))
                        .toList(),
                invoice.issuedAt(),
                invoice.sentAt(),
                invoice.sentTo(),
                invoice.settledOn(),
                invoice.voidedAt(),
                invoice.voidReason(),
                invoice.createdBy(),
                invoice.createdAt(),
                invoice.updatedAt(),
                invoice.version());
    }

    /** Lines grouped by tax rate, lowest rate first; amounts are sums of the rounded lines. */
    static List<TaxLine> taxSummary(Invoice invoice) {
        var currency = invoice.currency();
        Map<BigDecimal, Money[]> byRate = new TreeMap<>();
        for (var line : invoice.lines()) {
            var rate = line.taxRate().stripTrailingZeros();
            var sums = byRate.computeIfAbsent(rate, r -> new Money[] {Money.zero(currency), Money.zero(currency)});
            sums[0] = sums[0].plus(new Money(line.netAmount(), currency));
            sums[1] = sums[1].plus(new Money(line.taxAmount(), currency));
        }
        List<TaxLine> summary = new ArrayList<>();
        byRate.forEach((rate, sums) -> summary.add(new TaxLine(plain(rate, 0), sums[0].amount(), sums[1].amount())));
        return summary;
    }

    private static BigDecimal money(BigDecimal amount, java.util.Currency currency) {
        return new Money(amount, currency).amount();
    }

    /** A rate or price without trailing zeros beyond {@code minScale} decimals: 19.000 → 19, 33.3330 → 33.333. */
    static BigDecimal plain(BigDecimal value, int minScale) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < minScale ? stripped.setScale(minScale) : stripped;
    }
}
