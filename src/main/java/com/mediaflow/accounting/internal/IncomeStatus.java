package com.mediaflow.accounting.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** Money that is {@code expected} on a date, or was {@code received}. */
public enum IncomeStatus {
    EXPECTED,
    RECEIVED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
