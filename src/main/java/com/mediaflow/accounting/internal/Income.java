package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.web.InvalidStateException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Money received or expected. Retainers and other income are recorded by hand; every payment on an
 * invoice makes exactly one received entry linked to it, which only the invoice can change.
 */
@Entity
@Table(name = "accounting_income")
class Income {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncomeSource source;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncomeStatus status;

    @Column(name = "expected_date")
    private @Nullable LocalDate expectedDate;

    @Column(name = "received_date")
    private @Nullable LocalDate receivedDate;

    @Column(name = "project_id")
    private @Nullable UUID projectId;

    @Column(name = "client_id")
    private @Nullable UUID clientId;

    @Column(name = "invoice_id", updatable = false)
    private @Nullable UUID invoiceId;

    @Column(name = "payment_id", updatable = false)
    private @Nullable UUID paymentId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Income() {}

    private Income(UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Income recorded by hand; {@code details} are checked and carry the currency. */
    static Income record(IncomeDetails details, UUID createdBy, Instant now) {
        if (details.source() == IncomeSource.INVOICE_PAYMENT) {
            throw new IllegalArgumentException("Invoice payments make their own income entries");
        }
        var income = new Income(createdBy, now);
        income.apply(details, now);
        return income;
    }

    /** The received entry of a payment on an invoice. */
    static Income ofPayment(Invoice invoice, InvoicePayment payment, Instant now) {
        var income = new Income(payment.recordedBy(), now);
        income.source = IncomeSource.INVOICE_PAYMENT;
        income.description = "Payment of invoice " + invoice.number();
        income.amount = payment.amount();
        income.currency = invoice.currencyCode();
        income.status = IncomeStatus.RECEIVED;
        income.receivedDate = payment.paidOn();
        income.projectId = invoice.projectId();
        income.clientId = invoice.clientId();
        income.invoiceId = invoice.id();
        income.paymentId = payment.id();
        income.updatedAt = now;
        return income;
    }

    void revise(IncomeDetails details, Instant now) {
        requireManual("changed");
        if (details.source() == IncomeSource.INVOICE_PAYMENT) {
            throw new IllegalArgumentException("Invoice payments make their own income entries");
        }
        apply(details, now);
    }

    /** Only income recorded by hand may be changed or deleted; a payment's entry follows its invoice. */
    void requireDeletable() {
        requireManual("changed or deleted");
    }

    void markReceived(LocalDate on, Instant now) {
        if (status == IncomeStatus.RECEIVED) {
            throw InvalidStateException.because(
                    "This income was already received on " + receivedDate, Map.of("status", status.value()));
        }
        this.status = IncomeStatus.RECEIVED;
        this.receivedDate = on;
        this.updatedAt = now;
    }

    private void apply(IncomeDetails details, Instant now) {
        var code = Objects.requireNonNull(details.currency(), "currency");
        this.source = details.source();
        this.description = details.description().strip();
        this.amount = Money.of(details.amount(), code).amount();
        this.currency = code;
        this.status = details.status();
        this.expectedDate = details.expectedDate();
        this.receivedDate = details.status() == IncomeStatus.RECEIVED ? details.receivedDate() : null;
        this.projectId = details.projectId();
        this.clientId = details.clientId();
        this.updatedAt = now;
    }

    private void requireManual(String what) {
        if (paymentId != null) {
            throw InvalidStateException.because(
                    "This income is the payment of an invoice and cannot be " + what
                            + " here; a mistaken payment is corrected with a credit note on the invoice",
                    Map.of("invoice_id", String.valueOf(invoiceId)));
        }
    }

    UUID id() {
        return id;
    }

    IncomeSource source() {
        return source;
    }

    String description() {
        return description;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    IncomeStatus status() {
        return status;
    }

    @Nullable
    LocalDate expectedDate() {
        return expectedDate;
    }

    @Nullable
    LocalDate receivedDate() {
        return receivedDate;
    }

    @Nullable
    UUID projectId() {
        return projectId;
    }

    @Nullable
    UUID clientId() {
        return clientId;
    }

    @Nullable
    UUID invoiceId() {
        return invoiceId;
    }

    @Nullable
    UUID paymentId() {
        return paymentId;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
