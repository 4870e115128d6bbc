package com.mediaflow.accounting.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Filters of the income list. {@code date_from}/{@code date_to} (inclusive) match the received
 * date of received income and the expected date of expected income.
 */
public record IncomeFilter(
        @Nullable IncomeSource source,
        @Nullable IncomeStatus status,
        @BindParam("project_id") @Nullable UUID projectId,
        @BindParam("client_id") @Nullable UUID clientId,
        @BindParam("invoice_id") @Nullable UUID invoiceId,
        @BindParam("date_from") @Nullable LocalDate dateFrom,
        @BindParam("date_to") @Nullable LocalDate dateTo) {}
