package com.mediaflow.reports.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** How often a scheduled report is sent, and so which period each one covers. */
public enum ScheduleFrequency {
    /** Every day, covering the day before. */
    DAILY,
    /** Every week on a weekday, covering the previous Monday to Sunday. */
    WEEKLY,
    /** Every month on a day of the month, covering the previous calendar month. */
    MONTHLY;

    @JsonValue
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
