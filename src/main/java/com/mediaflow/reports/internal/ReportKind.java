package com.mediaflow.reports.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The reports there are. */
public enum ReportKind {
    FINANCIAL("Financial report"),
    OPERATIONAL("Operational report"),
    PROJECT("Project report");

    private final String title;

    ReportKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
