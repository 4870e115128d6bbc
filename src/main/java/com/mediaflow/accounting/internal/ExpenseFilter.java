package com.mediaflow.accounting.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of the expense list; dates are the expense's date, inclusive. */
public record ExpenseFilter(
        @BindParam("project_id") @Nullable UUID projectId,
        @Nullable ExpenseCategory category,
        @Nullable ExpenseStatus status,
        @BindParam("submitted_by") @Nullable UUID submittedBy,
        @BindParam("date_from") @Nullable LocalDate dateFrom,
        @BindParam("date_to") @Nullable LocalDate dateTo,
        @Nullable Boolean billable,
        @Nullable String currency) {}
