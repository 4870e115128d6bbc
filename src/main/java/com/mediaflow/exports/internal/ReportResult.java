package com.mediaflow.exports.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A custom report's rows as JSON.
 *
 * @param entity the entity reported on
 * @param columns the columns of every row, in order, with their types
 * @param rows one object per row (or group), keyed by column name; money as a number with its
 *     currency's decimals, dates as {@code 2026-01-31}, timestamps as ISO-8601
 * @param rowCount how many rows (or groups) the report has in all
 * @param truncated whether {@code rows} holds only the first of them (ask for csv or xlsx for all)
 * @param templateId the saved template, when the request asked to save it
 */
public record ReportResult(
        String entity,
        List<OutputColumn> columns,
        List<JsonNode> rows,
        long rowCount,
        boolean truncated,
        @Nullable UUID templateId) {}
