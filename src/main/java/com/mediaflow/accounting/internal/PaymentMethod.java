package com.mediaflow.accounting.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a client paid. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CARD,
    CASH,
    CHEQUE,
    PAYPAL,
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
