package com.mediaflow.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or a credit note got its number and became a binding document.
 *
 * @param creditNoteOf for a credit note, the invoice it credits
 */
public record InvoiceIssued(
        UUID invoiceId,
        String number,
        boolean creditNote,
        @Nullable UUID creditNoteOf,
        UUID clientId,
        @Nullable UUID projectId,
        BigDecimal total,
        String currency,
        LocalDate issueDate,
        LocalDate dueDate) {}
