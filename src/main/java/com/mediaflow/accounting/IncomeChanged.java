package com.mediaflow.accounting;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Income other than an invoice payment was recorded, revised, marked received or deleted (invoice
 * payments are announced by {@link InvoicePaymentReceived}).
 */
public record IncomeChanged(UUID incomeId, @Nullable UUID projectId) {}
