package com.mediaflow.exports.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column of an entity in the catalogue. {@code sql} is a fixed expression over the entity's
 * tables, written here and never taken from a request.
 *
 * @param name the name clients use
 * @param label a heading for people
 * @param sql the expression that computes it
 * @param currencySql for money, the expression of the row's currency
 * @param values for enums, the values it takes (lower case; stored upper case)
 * @param financial only shown to those who may see the money of the row (otherwise empty)
 * @param filterOnly usable in filters but not a column (such as the free-text search)
 */
public record Column(
        String name,
        String label,
        ColumnType type,
        String sql,
        @Nullable String currencySql,
        List<String> values,
        boolean financial,
        boolean filterOnly) {

    static Column of(String name, String label, ColumnType type, String sql) {
        return new Column(name, label, type, sql, null, List.of(), false, false);
    }

    static Column enumOf(String name, String label, String sql, String... values) {
        return new Column(name, label, ColumnType.ENUM, sql, null, List.of(values), false, false);
    }

    static Column money(String name, String label, String sql, String currencySql) {
        return new Column(name, label, ColumnType.MONEY, sql, currencySql, List.of(), false, false);
    }

    static Column search(String name, String label, String sql) {
        return new Column(name, label, ColumnType.TEXT, sql, null, List.of(), false, true);
    }

    Column asFinancial() {
        return new Column(name, label, type, sql, currencySql, values, true, filterOnly);
    }
}
