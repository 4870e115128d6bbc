package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.mediaflow.shared.web.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a custom report answers: JSON rows, or a CSV or XLSX file. */
public enum ReportFormat {
    JSON,
    CSV,
    XLSX;

    public static ReportFormat parse(@Nullable String value, ReportFormat fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "must be json, csv or xlsx");
        }
    }

    public TableFormat table() {
        return this == XLSX ? TableFormat.XLSX : TableFormat.CSV;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
