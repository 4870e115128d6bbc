package com.mediaflow.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.InvalidStateException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpenseTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final UUID submitter = UUID.randomUUID();
    private final UUID approver = UUID.randomUUID();

    @Test
    void nobodyApprovesOrRejectsTheirOwnExpense() {
        var expense = pending();

        assertThatThrownBy(() -> expense.approve(submitter, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> expense.reject(submitter, "no", NOW)).isInstanceOf(ForbiddenException.class);
        assertThat(expense.status()).isEqualTo(ExpenseStatus.PENDING);
    }

    @Test
    void theWorkflowRunsPendingApprovedPaidAndRecordsWhoAndWhen() {
        var expense = pending();

        expense.approve(approver, NOW);
        expense.markPaid(approver, NOW.plusSeconds(60));

        assertThat(expense.status()).isEqualTo(ExpenseStatus.PAID);
        assertThat(expense.approvedBy()).isEqualTo(approver);
        assertThat(expense.approvedAt()).isEqualTo(NOW);
        assertThat(expense.paidAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> expense.reject(approver, "late", NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aRejectedExpenseIsFinalAndCannotBePaid() {
        var expense = pending();

        expense.reject(approver, "  No receipt ", NOW);

        assertThat(expense.rejectionReason()).isEqualTo("No receipt");
        assertThatThrownBy(() -> expense.markPaid(approver, NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> expense.approve(approver, NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void onlyAnApprovedBillableExpenseIsBilledAndOnlyOnce() {
        var expense = pending();
        var invoice = UUID.randomUUID();
        assertThatThrownBy(() -> expense.billOn(invoice, "EUR", NOW)).isInstanceOf(InvalidStateException.class);
        expense.approve(approver, NOW);

        expense.billOn(invoice, "EUR", NOW);

        assertThat(expense.invoiceId()).isEqualTo(invoice);
        assertThatThrownBy(() -> expense.billOn(UUID.randomUUID(), "EUR", NOW))
                .isInstanceOf(InvalidStateException.class);
        expense.unbill(invoice, NOW);
        assertThatThrownBy(() -> expense.billOn(UUID.randomUUID(), "USD", NOW))
                .isInstanceOf(InvalidStateException.class);
    }

    private Expense pending() {
        return Expense.submit(
                submitter,
                new ExpenseDetails(
                        null,
                        ExpenseCategory.TRAVEL,
                        new BigDecimal("119.00"),
                        new BigDecimal("19.00"),
                        "EUR",
                        LocalDate.of(2026, 2, 27),
                        "Train",
                        null,
                        true),
                NOW);
    }
}
