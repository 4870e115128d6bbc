package com.mediaflow.accounting.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an invoice as a person writes it. The amounts are computed from it by {@link
 * LineAmounts}; nothing a client sends as a total is read.
 *
 * @param expenseId the approved billable expense this line bills, if any
 */
public record LineItem(
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        BigDecimal discountPercent,
        @Nullable UUID expenseId) {}
