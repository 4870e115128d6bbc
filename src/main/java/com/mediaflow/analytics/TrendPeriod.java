package com.mediaflow.analytics;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The size of one bucket of a trend. Buckets are labelled {@code 2026-03-15} (daily), the Monday
 * that starts an ISO week {@code 2026-03-09} (weekly), {@code 2026-03} (monthly) and {@code 2026}
 * (yearly).
 */
public enum TrendPeriod {
    DAILY,
    WEEKLY,
    MONTHLY,
    YEARLY;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
