package com.mediaflow.accounting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An expense was rejected, with the reason its submitter is told. */
public record ExpenseRejected(
        UUID expenseId,
        UUID submittedBy,
        UUID rejectedBy,
        @Nullable UUID projectId,
        BigDecimal amount,
        String currency,
        String description,
        String reason,
        Instant rejectedAt) {}
