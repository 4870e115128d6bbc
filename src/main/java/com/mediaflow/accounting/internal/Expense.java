package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.web.ForbiddenException;
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
 * Money someone spent for the studio. It is submitted {@code pending}; someone who may approve
 * expenses, and is not its submitter, approves or rejects it (a rejection has a reason), and an
 * approved expense is marked {@code paid} once its money went out. Only a pending expense may be
 * changed or withdrawn, by its submitter. An approved billable expense can be billed on exactly one
 * invoice.
 */
@Entity
@Table(name = "accounting_expenses")
class Expense {

    @Id
    private UUID id;

    @Column(name = "project_id")
    private @Nullable UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExpenseCategory category;

    @Column(nullable = false)
    private String description;

    private @Nullable String vendor;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "tax_amount", nullable = false)
    private BigDecimal taxAmount;

    @Column(nullable = false)
    private String currency;

    @Column(name = "expense_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private boolean billable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExpenseStatus status;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private UUID submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "approved_by")
    private @Nullable UUID approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "rejected_by")
    private @Nullable UUID rejectedBy;

    @Column(name = "rejected_at")
    private @Nullable Instant rejectedAt;

    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;

    @Column(name = "paid_by")
    private @Nullable UUID paidBy;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @Column(name = "invoice_id")
    private @Nullable UUID invoiceId;

    @Column(name = "receipt_file_id")
    private @Nullable UUID receiptFileId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Expense() {}

    private Expense(UUID submittedBy, ExpenseDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.createdAt = now;
        this.status = ExpenseStatus.PENDING;
        apply(details, now);
    }

    /** A new pending expense; {@code details} are already checked and carry the currency. */
    static Expense submit(UUID submittedBy, ExpenseDetails details, Instant now) {
        return new Expense(submittedBy, details, now);
    }

    /** The submitter corrects their pending expense. */
    void revise(ExpenseDetails details, UUID actor, Instant now) {
        requireRevisableBy(actor);
        apply(details, now);
    }

    void requireRevisableBy(UUID actor) {
        requireSubmitter(actor, "change");
        requirePending("changed");
    }

    /** The submitter withdraws their pending expense; the caller deletes it. */
    void requireWithdrawable(UUID actor) {
        requireSubmitter(actor, "delete");
        requirePending("deleted");
    }

    void approve(UUID approver, Instant now) {
        requireNotSubmitter(approver, "approve");
        requireStatus(ExpenseStatus.PENDING, "approved");
        this.status = ExpenseStatus.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = now;
        this.updatedAt = now;
    }

    void reject(UUID approver, String reason, Instant now) {
        requireNotSubmitter(approver, "reject");
        requireStatus(ExpenseStatus.PENDING, "rejected");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        this.status = ExpenseStatus.REJECTED;
        this.rejectedBy = approver;
        this.rejectedAt = now;
        this.rejectionReason = reason.strip();
        this.updatedAt = now;
    }

    void markPaid(UUID actor, Instant now) {
        requireNotSubmitter(actor, "mark as paid");
        requireStatus(ExpenseStatus.APPROVED, "marked as paid");
        this.status = ExpenseStatus.PAID;
        this.paidBy = actor;
        this.paidAt = now;
        this.updatedAt = now;
    }

    /** Bills this expense on the invoice; once only, and only when approved, billable and of its currency. */
    void billOn(UUID invoice, String invoiceCurrency, Instant now) {
        if (!billable || !status.isCost()) {
            throw InvalidStateException.because(
                    "Expense " + id + " is not an approved billable expense, so it cannot be billed",
                    Map.of("expense_id", id, "status", status.value(), "billable", billable));
        }
        if (invoiceId != null && !invoiceId.equals(invoice)) {
            throw InvalidStateException.because(
                    "Expense " + id + " is already billed on another invoice",
                    Map.of("expense_id", id, "invoice_id", invoiceId));
        }
        if (!currency.equals(invoiceCurrency)) {
            throw InvalidStateException.because(
                    "Expense " + id + " is in " + currency + " but the invoice is in " + invoiceCurrency,
                    Map.of("expense_id", id));
        }
        this.invoiceId = invoice;
        this.updatedAt = now;
    }

    /** The invoice it was billed on was deleted as a draft or voided: it may be billed again. */
    void unbill(UUID invoice, Instant now) {
        if (invoice.equals(invoiceId)) {
            this.invoiceId = null;
            this.updatedAt = now;
        }
    }

    void attachReceipt(UUID fileId, Instant now) {
        this.receiptFileId = fileId;
        this.updatedAt = now;
    }

    void detachReceipt(UUID fileId, Instant now) {
        if (fileId.equals(receiptFileId)) {
            this.receiptFileId = null;
            this.updatedAt = now;
        }
    }

    boolean isSubmittedBy(UUID member) {
        return submittedBy.equals(member);
    }

    Money money() {
        return Money.of(amount, currency);
    }

    Money tax() {
        return Money.of(taxAmount, currency);
    }

    private void apply(ExpenseDetails details, Instant now) {
        var code = Objects.requireNonNull(details.currency(), "currency");
        var total = Money.of(details.amount(), code);
        var tax = Money.of(details.taxAmount(), code);
        if (tax.compareTo(total) > 0) {
            throw new IllegalArgumentException("The tax of an expense is part of its amount");
        }
        this.projectId = details.projectId();
        this.category = details.category();
        this.amount = total.amount();
        this.taxAmount = tax.amount();
        this.currency = code;
        this.date = details.date();
        this.description = details.description().strip();
        this.vendor = details.vendor() == null || details.vendor().isBlank()
                ? null
                : details.vendor().strip();
        this.billable = details.billable();
        this.updatedAt = now;
    }

    private void requireSubmitter(UUID actor, String action) {
        if (!submittedBy.equals(actor)) {
            throw ForbiddenException.because("Only the member who submitted an expense may " + action + " it");
        }
    }

    private void requireNotSubmitter(UUID actor, String action) {
        if (submittedBy.equals(actor)) {
            throw ForbiddenException.because("Nobody may " + action + " their own expense");
        }
    }

    private void requirePending(String what) {
        requireStatus(ExpenseStatus.PENDING, what);
    }

    private void requireStatus(ExpenseStatus required, String what) {
        if (status != required) {
            throw InvalidStateException.because(
                    "A " + status.value() + " expense cannot be " + what + "; only a " + required.value() + " one can",
                    Map.of("status", status.value()));
        }
    }

    UUID id() {
        return id;
    }

    @Nullable
    UUID projectId() {
        return projectId;
    }

    ExpenseCategory category() {
        return category;
    }

    String description() {
        return description;
    }

    @Nullable
    String vendor() {
        return vendor;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal taxAmount() {
        return taxAmount;
    }

    String currency() {
        return currency;
    }

    LocalDate date() {
        return date;
    }

    boolean billable() {
        return billable;
    }

    ExpenseStatus status() {
        return status;
    }

    UUID submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    UUID approvedBy() {
        return approvedBy;
    }

    @Nullable
    Instant approvedAt() {
        return approvedAt;
    }

    @Nullable
    UUID rejectedBy() {
        return rejectedBy;
    }

    @Nullable
    Instant rejectedAt() {
        return rejectedAt;
    }

    @Nullable
    String rejectionReason() {
        return rejectionReason;
    }

    @Nullable
    UUID paidBy() {
        return paidBy;
    }

    @Nullable
    Instant paidAt() {
        return paidAt;
    }

    @Nullable
    UUID invoiceId() {
        return invoiceId;
    }

    @Nullable
    UUID receiptFileId() {
        return receiptFileId;
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
