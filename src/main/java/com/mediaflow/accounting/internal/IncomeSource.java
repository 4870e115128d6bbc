package com.mediaflow.accounting.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where money came from. {@code invoice_payment} entries are made by payments, never by hand. */
public enum IncomeSource {
    INVOICE_PAYMENT,
    RETAINER,
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
