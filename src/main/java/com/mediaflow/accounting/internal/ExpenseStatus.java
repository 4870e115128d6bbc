package com.mediaflow.accounting.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code pending → approved | rejected}, and {@code approved → paid} once the submitter is reimbursed or the vendor paid. */
public enum ExpenseStatus {
    PENDING,
    APPROVED,
    REJECTED,
    PAID;

    /** Approved and paid expenses are the studio's costs. */
    public boolean isCost() {
        return this == APPROVED || this == PAID;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
