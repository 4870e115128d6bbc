package com.mediaflow.exports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How exports and custom reports run.
 *
 * @param backgroundThreshold an export or report with more rows than this runs as a background job
 *     (202) instead of streaming in the response
 * @param jsonRowLimit the most rows a custom report returns as JSON (CSV and XLSX have no limit)
 * @param fetchSize rows fetched from the database at a time while streaming
 * @param xlsxWindow rows of a spreadsheet kept in memory while writing it; older ones go to a
 *     compressed temporary file
 */
@ConfigurationProperties("mediaflow.exports")
@Validated
public record ExportsProperties(
        @DefaultValue("20000") @Min(0) long backgroundThreshold,
        @DefaultValue("1000") @Min(1) @Max(10000) int jsonRowLimit,
        @DefaultValue("1000") @Min(10) int fetchSize,
        @DefaultValue("200") @Min(10) int xlsxWindow) {}
