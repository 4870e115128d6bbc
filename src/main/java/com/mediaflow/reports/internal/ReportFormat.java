package com.mediaflow.reports.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.mediaflow.shared.web.MediaTypes;
import java.util.Locale;

/** How a report is delivered: JSON for the front end, a PDF with charts, or an XLSX workbook. */
public enum ReportFormat {
    JSON("application/json", "json"),
    PDF("application/pdf", "pdf"),
    XLSX(MediaTypes.XLSX, "xlsx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
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
        return name().toLowerCase(Locale.ROOT);
    }
}
