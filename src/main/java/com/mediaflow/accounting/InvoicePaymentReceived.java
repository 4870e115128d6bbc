package com.mediaflow.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A payment was recorded against an invoice; {@code balanceDue} is what remains after it. */
public record InvoicePaymentReceived(
        UUID invoiceId,
        UUID paymentId,
        String number,
        UUID clientId,
        @Nullable UUID projectId,
        BigDecimal amount,
        BigDecimal balanceDue,
        String currency,
        LocalDate paidOn) {}
