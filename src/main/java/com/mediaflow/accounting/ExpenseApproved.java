package com.mediaflow.accounting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An expense was approved; it now counts as a cost (of its project, when it has one). */
public record ExpenseApproved(
        UUID expenseId,
        UUID submittedBy,
        UUID approvedBy,
        @Nullable UUID projectId,
        BigDecimal amount,
        String currency,
        String description,
        Instant approvedAt) {}
