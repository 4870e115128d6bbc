package com.mediaflow.accounting.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The heading of an invoice as a person writes it; {@code currency} is already settled. */
record InvoiceDraft(
        UUID clientId,
        String clientName,
        @Nullable String clientEmail,
        @Nullable String billingAddress,
        @Nullable UUID projectId,
        String currency,
        @Nullable LocalDate dueDate,
        @Nullable String notes,
        @Nullable String terms) {}
