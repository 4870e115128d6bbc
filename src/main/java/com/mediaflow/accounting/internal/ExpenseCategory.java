package com.mediaflow.accounting.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an expense was for. */
public enum ExpenseCategory {
    CREW,
    EQUIPMENT_RENTAL,
    LOCATION,
    TRAVEL,
    CATERING,
    POST_PRODUCTION,
    SOFTWARE,
    MARKETING,
    OFFICE,
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
