package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a custom report shows: an entity of the catalogue, its columns, filters, grouping,
 * aggregates and order. Every name must be in the catalogue ({@code GET /api/reports/custom/catalogue}).
 *
 * @param entity contacts, projects, tasks, time_entries, expenses, income or invoices
 * @param columns the columns to show, in order; empty for the entity's export columns (or, when
 *     grouped, the grouping columns). When grouped, every column must also be a grouping column
 * @param filters conditions every row must meet
 * @param groupBy columns to group rows by; each group becomes one row with the aggregates
 * @param aggregates values computed over each group (or over all rows when not grouped)
 * @param sort column names (or aggregate names such as {@code sum_amount}), {@code -} for descending
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDefinition(
        String entity,
        @Nullable List<String> columns,
        @Nullable List<Filter> filters,
        @Nullable List<String> groupBy,
        @Nullable List<Aggregate> aggregates,
        @Nullable List<String> sort) {

    /**
     * @param field a column of the entity
     * @param op eq, ne, lt, lte, gt, gte, in (value: a list), contains (text, or a tag of a tag list),
     *     between (value: a list of two, inclusive)
     * @param value of the column's type: text, a number, true/false, a date {@code 2026-01-31}, a
     *     timestamp (ISO-8601) or a list of those
     */
    public record Filter(
            String field,
            String op,

            @Schema(
                    description = "The value (or list of values) to compare with, of the column's type",
                    types = {"string", "number", "boolean", "array", "object", "null"})
            @Nullable
            Object value) {}

    /**
     * @param field the column to aggregate; may be left out for {@code count} (counts rows)
     * @param fn sum, count, avg, min or max
     */
    public record Aggregate(@Nullable String field, String fn) {}

    public List<String> columnsOrEmpty() {
        return columns == null ? List.of() : columns;
    }

    public List<Filter> filtersOrEmpty() {
        return filters == null ? List.of() : filters;
    }

    public List<String> groupByOrEmpty() {
        return groupBy == null ? List.of() : groupBy;
    }

    public List<Aggregate> aggregatesOrEmpty() {
        return aggregates == null ? List.of() : aggregates;
    }

    public List<String> sortOrEmpty() {
        return sort == null ? List.of() : sort;
    }
}
