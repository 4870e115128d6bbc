package com.mediaflow.accounting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of an invoice, with its amounts computed by {@link LineAmounts} when it was written. */
@Entity
@Table(name = "accounting_invoice_lines")
class InvoiceLine {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "tax_rate", nullable = false)
    private BigDecimal taxRate;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;

    @Column(name = "gross_amount", nullable = false)
    private BigDecimal grossAmount;

    @Column(name = "discount_amount", nullable = false)
    private BigDecimal discountAmount;

    @Column(name = "net_amount", nullable = false)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false)
    private BigDecimal taxAmount;

    @Column(name = "expense_id")
    private @Nullable UUID expenseId;

    @SuppressWarnings("NullAway.Init")
    protected InvoiceLine() {}

    InvoiceLine(Invoice invoice, int position, LineItem item, Currency currency) {
        var amounts = LineAmounts.of(item, currency);
        this.id = UUID.randomUUID();
        this.invoice = invoice;
        this.position = position;
        this.description = item.description().strip();
        this.quantity = item.quantity();
        this.unitPrice = item.unitPrice();
        this.taxRate = item.taxRate();
        this.discountPercent = item.discountPercent();
        this.grossAmount = amounts.gross().amount();
        this.discountAmount = amounts.discount().amount();
        this.netAmount = amounts.net().amount();
        this.taxAmount = amounts.tax().amount();
        this.expenseId = item.expenseId();
    }

    LineItem item() {
        return new LineItem(description, quantity, unitPrice, taxRate, discountPercent, expenseId);
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    String description() {
        return description;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    BigDecimal taxRate() {
        return taxRate;
    }

    BigDecimal discountPercent() {
        return discountPercent;
    }

    BigDecimal grossAmount() {
        return grossAmount;
    }

    BigDecimal discountAmount() {
        return discountAmount;
    }

    BigDecimal netAmount() {
        return netAmount;
    }

    BigDecimal taxAmount() {
        return taxAmount;
    }

    @Nullable
    UUID expenseId() {
        return expenseId;
    }
}
