package com.mediaflow.accounting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Money a client paid against an invoice. Payments are never edited: a mistake is corrected by a credit note. */
@Entity
@Table(name = "accounting_invoice_payments")
class InvoicePayment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(updatable = false)
    private @Nullable String reference;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @SuppressWarnings("NullAway.Init")
    protected InvoicePayment() {}

    InvoicePayment(
            Invoice invoice,
            BigDecimal amount,
            LocalDate paidOn,
            PaymentMethod method,
            @Nullable String reference,
            UUID recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.invoice = invoice;
        this.amount = amount;
        this.paidOn = paidOn;
        this.method = method;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    Invoice invoice() {
        return invoice;
    }

    BigDecimal amount() {
        return amount;
    }

    LocalDate paidOn() {
        return paidOn;
    }

    PaymentMethod method() {
        return method;
    }

    @Nullable
    String reference() {
        return reference;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
