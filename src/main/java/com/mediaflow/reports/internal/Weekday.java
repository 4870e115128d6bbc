package com.mediaflow.reports.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.util.Locale;

/** A day of the week as the API writes it: {@code monday} to {@code sunday}. */
public enum Weekday {
    MONDAY,
    TUESDAY,
    WEDNESDAY,
    THURSDAY,
    FRIDAY,
    SATURDAY,
    SUNDAY;

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.valueOf(name());
    }

    public static Weekday of(DayOfWeek day) {
        return valueOf(day.name());
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
