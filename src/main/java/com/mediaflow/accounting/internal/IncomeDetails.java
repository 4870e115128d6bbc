package com.mediaflow.accounting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An income entry as a person records it; {@code currency} is settled by the service. */
public record IncomeDetails(
        IncomeSource source,
        String description,
        BigDecimal amount,
        @Nullable String currency,
        IncomeStatus status,
        @Nullable LocalDate expectedDate,
        @Nullable LocalDate receivedDate,
        @Nullable UUID projectId,
        @Nullable UUID clientId) {

    IncomeDetails withCurrency(String code) {
        return new IncomeDetails(
                source, description, amount, code, status, expectedDate, receivedDate, projectId, clientId);
    }
}
