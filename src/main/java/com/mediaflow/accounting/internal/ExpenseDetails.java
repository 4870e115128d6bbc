package com.mediaflow.accounting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a submitter says about an expense.
 *
 * @param amount what was paid, tax included
 * @param taxAmount the part of {@code amount} that is tax (0 when none or unknown)
 * @param currency ISO 4217; the organization's currency when {@code null}
 */
public record ExpenseDetails(
        @Nullable UUID projectId,
        ExpenseCategory category,
        BigDecimal amount,
        BigDecimal taxAmount,
        @Nullable String currency,
        LocalDate date,
        String description,
        @Nullable String vendor,
        boolean billable) {

    ExpenseDetails withCurrency(String code) {
        return new ExpenseDetails(projectId, category, amount, taxAmount, code, date, description, vendor, billable);
    }
}
