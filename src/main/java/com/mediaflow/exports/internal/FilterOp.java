package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** A filter operator of custom reports; {@code in} takes a list, {@code between} two values (inclusive). */
public enum FilterOp {
    EQ,
    NE,
    LT,
    LTE,
    GT,
    GTE,
    IN,
    CONTAINS,
    BETWEEN;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
