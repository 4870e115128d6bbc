package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** The file formats of exports and reports. */
public enum TableFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    TableFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
