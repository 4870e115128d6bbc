package com.mediaflow.exports.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns an export route's query parameters (the filters of the entity's list route) into report
 * filters over the catalogue's columns. Bad values are reported under the query parameter's name.
 */
public final class ExportFilters {

    private static final int MAX_WORDS = 10;

    private final EntityDefinition entity;
    private final List<ReportDefinition.Filter> filters = new ArrayList<>();
    private final Map<String, Object> given = new LinkedHashMap<>();

    public ExportFilters(EntityDefinition entity) {
        this.entity = entity;
    }

    /** Rows whose {@code column} equals the value; enum values are checked against the column's values. */
    public ExportFilters equal(String param, String column, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        given.put(param, value.toString());
        var definition = entity.column(column).orElseThrow();
        Object node;
        if (value instanceof Boolean flag) {
            node = flag;
        } else {
            var text = value.toString().strip();
            if (definition.type() == ColumnType.ENUM) {
                text = text.toLowerCase(Locale.ROOT);
                if (!definition.values().contains(text)) {
                    throw InvalidInputException.field(
                            param, "must be one of " + String.join(", ", definition.values()));
                }
            }
            node = text;
        }
        filters.add(new ReportDefinition.Filter(column, "eq", node));
        return this;
    }

    /** Rows whose tag list holds the tag. */
    public ExportFilters tag(String param, String column, @Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return this;
        }
        given.put(param, tag);
        filters.add(new ReportDefinition.Filter(column, "contains", tag.strip()));
        return this;
    }

    /** Rows whose {@code column} holds each word of {@code q} somewhere, ignoring case. */
    public ExportFilters words(String param, String column, @Nullable String q) {
        if (q == null || q.isBlank()) {
            return this;
        }
        if (q.length() > 200) {
            throw InvalidInputException.field(param, "must be at most 200 characters");
        }
        given.put(param, q);
        var words = Arrays.stream(q.strip().split("\\s+")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw InvalidInputException.field(param, "must have at most " + MAX_WORDS + " words");
        }
        for (var word : words) {
            filters.add(new ReportDefinition.Filter(column, "contains", word));
        }
        return this;
    }

    /** Rows whose date {@code column} lies between the days, both inclusive. */
    public ExportFilters days(
            String fromParam, String toParam, String column, @Nullable LocalDate from, @Nullable LocalDate to) {
        checkOrder(fromParam, toParam, from, to);
        if (from != null) {
            given.put(fromParam, from.toString());
            filters.add(new ReportDefinition.Filter(column, "gte", from.toString()));
        }
        if (to != null) {
            given.put(toParam, to.toString());
            filters.add(new ReportDefinition.Filter(column, "lte", to.toString()));
        }
        return this;
    }

    /** Rows whose timestamp {@code column} falls on the days (in the studio's time zone), both inclusive. */
    public ExportFilters daysOfTimestamps(
            String fromParam,
            String toParam,
            String column,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            ZoneId zone) {
        checkOrder(fromParam, toParam, from, to);
        if (from != null) {
            given.put(fromParam, from.toString());
            filters.add(new ReportDefinition.Filter(
                    column, "gte", instant(from.atStartOfDay(zone).toInstant())));
        }
        if (to != null) {
            given.put(toParam, to.toString());
            // Before the start of the next day: the last instant of the day itself is not needed.
            filters.add(new ReportDefinition.Filter(
                    column, "lt", instant(to.plusDays(1).atStartOfDay(zone).toInstant())));
        }
        return this;
    }

    private static String instant(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC).toString();
    }

    private static void checkOrder(String fromParam, String toParam, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.field(toParam, "must be on or after " + fromParam);
        }
    }

    /** The export's report: the entity's export columns with these filters. */
    public ReportDefinition definition() {
        return new ReportDefinition(entity.name(), null, List.copyOf(filters), null, null, null);
    }

    /** The parameters that were given, for the audit log. */
    public Map<String, Object> given() {
        return Map.copyOf(given);
    }
}
