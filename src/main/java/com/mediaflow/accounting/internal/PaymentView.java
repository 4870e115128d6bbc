package com.mediaflow.accounting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment on an invoice, the income entry it created, and the invoice's balance and status
 * right after it.
 */
public record PaymentView(
        UUID id,
        UUID invoiceId,
        BigDecimal amount,
        String currency,
        LocalDate date,
        PaymentMethod method,
        @Nullable String reference,
        @Nullable UUID incomeId,
        UUID recordedBy,
        Instant recordedAt) {

    static PaymentView of(InvoicePayment payment, @Nullable UUID incomeId) {
        var invoice = payment.invoice();
        return new PaymentView(
                payment.id(),
                invoice.id(),
                new com.mediaflow.shared.money.Money(payment.amount(), invoice.currency()).amount(),
                invoice.currencyCode(),
                payment.paidOn(),
                payment.method(),
                payment.reference(),
                incomeId,
                payment.recordedBy(),
                payment.recordedAt());
    }
}
