package com.mediaflow.accounting;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An issued invoice was voided: it keeps its number but no longer asks for money. */
public record InvoiceVoided(
        UUID invoiceId,
        String number,
        UUID clientId,
        @Nullable UUID projectId,
        String reason) {}
