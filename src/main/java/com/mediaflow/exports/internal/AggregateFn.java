package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** An aggregate of custom reports, computed per group (or over all rows without grouping). */
public enum AggregateFn {
    SUM,
    COUNT,
    AVG,
    MIN,
    MAX;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
