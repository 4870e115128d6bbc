package com.mediaflow.reports.internal;

/** A report as a file: {@code financial-report-2026-03-01-2026-03-31.pdf}. */
public record RenderedReport(String fileName, String contentType, byte[] content) {}
