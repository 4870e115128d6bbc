package com.mediaflow.shared.web;

/** Media types Spring's {@code MediaType} does not name, as constants usable in annotations. */
public final class MediaTypes {

    /** An Office Open XML workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MediaTypes() {}
}
