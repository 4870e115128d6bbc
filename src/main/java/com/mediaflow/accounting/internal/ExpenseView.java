package com.mediaflow.accounting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An expense. {@code amount} is what was paid, tax included; {@code tax_amount} is the tax within
 * it and {@code net_amount} the rest. Each step of the workflow keeps who took it and when.
 * {@code invoice_id} is the invoice it was billed on; {@code receipt_file_id} the attached receipt.
 */
public record ExpenseView(
        UUID id,
        @Nullable UUID projectId,
        ExpenseCategory category,
        String description,
        @Nullable String vendor,
        BigDecimal amount,
        BigDecimal taxAmount,
        BigDecimal netAmount,
        String currency,
        LocalDate date,
        boolean billable,
        ExpenseStatus status,
        UUID submittedBy,
        Instant submittedAt,
        @Nullable UUID approvedBy,
        @Nullable Instant approvedAt,
        @Nullable UUID rejectedBy,
        @Nullable Instant rejectedAt,
        @Nullable String rejectionReason,
        @Nullable UUID paidBy,
        @Nullable Instant paidAt,
        @Nullable UUID invoiceId,
        @Nullable UUID receiptFileId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static ExpenseView of(Expense expense) {
        var amount = expense.money();
        var tax = expense.tax();
        return new ExpenseView(
                expense.id(),
                expense.projectId(),
                expense.category(),
                expense.description(),
                expense.vendor(),
                amount.amount(),
                tax.amount(),
                amount.minus(tax).amount(),
                expense.currency(),
                expense.date(),
                expense.billable(),
                expense.status(),
                expense.submittedBy(),
                expense.submittedAt(),
                expense.approvedBy(),
                expense.approvedAt(),
                expense.rejectedBy(),
                expense.rejectedAt(),
                expense.rejectionReason(),
                expense.paidBy(),
                expense.paidAt(),
                expense.invoiceId(),
                expense.receiptFileId(),
                expense.createdAt(),
                expense.updatedAt(),
                expense.version());
    }
}
