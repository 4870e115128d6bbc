package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.mediaflow.shared.web.MediaTypes;

/** The file formats of exports and reports. */
public enum TableFormat {
    CSV("text/csv", "csv"),
    XLSX(MediaTypes.XLSX, "xlsx");

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
