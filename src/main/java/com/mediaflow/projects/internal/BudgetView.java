package com.mediaflow.projects.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Budget against actual cost, in the project's currency. {@code actual} sums the lines of
 * {@code breakdown} (one per source of cost); costs recorded in another currency cannot be
 * converted (the studio keeps no exchange rates), so they are listed in {@code other_currencies}
 * and left out of {@code actual}. Without a budget, {@code remaining} and {@code percent_used} are
 * {@code null}; {@code percent_used} is also {@code null} for a budget of zero.
 */
public record BudgetView(
        UUID projectId,
        String currency,
        @Nullable BigDecimal budget,
        BigDecimal actual,
        @Nullable BigDecimal remaining,
        @Nullable BigDecimal percentUsed,
        boolean overBudget,
        List<CostLine> breakdown,
        List<OtherCurrencyCost> otherCurrencies) {

    /** One source of actual cost, e.g. {@code time}, in the project's currency. */
    public record CostLine(String source, String description, BigDecimal amount) {}

    /** Cost of one source recorded in a currency other than the project's. */
    public record OtherCurrencyCost(String source, String description, BigDecimal amount, String currency) {}
}
