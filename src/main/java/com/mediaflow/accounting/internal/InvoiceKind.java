package com.mediaflow.accounting.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** An invoice asks for money; a credit note takes part of an issued invoice's balance back. */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
