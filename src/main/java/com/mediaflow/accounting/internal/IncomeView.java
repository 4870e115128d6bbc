package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Money received or expected; {@code payment_id} and {@code invoice_id} are set for invoice payments. */
public record IncomeView(
        UUID id,
        IncomeSource source,
        String description,
        BigDecimal amount,
        String currency,
        IncomeStatus status,
        @Nullable LocalDate expectedDate,
        @Nullable LocalDate receivedDate,
        @Nullable UUID projectId,
        @Nullable UUID clientId,
        @Nullable UUID invoiceId,
        @Nullable UUID paymentId,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static IncomeView of(Income income) {
        return new IncomeView(
                income.id(),
                income.source(),
                income.description(),
                Money.of(income.amount(), income.currency()).amount(),
                income.currency(),
                income.status(),
                income.expectedDate(),
                income.receivedDate(),
                income.projectId(),
                income.clientId(),
                income.invoiceId(),
                income.paymentId(),
                income.createdBy(),
                income.createdAt(),
                income.updatedAt(),
                income.version());
    }
}
