package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A column of a report's result.
 *
 * @param name the key in JSON and the heading in files: a column's name, or an aggregate's such as
 *     {@code sum_amount} or {@code count}
 * @param label a heading for people
 * @param type the type of its values
 */
public record OutputColumn(
        String name,
        String label,
        ColumnType type,
        @JsonIgnore boolean money) {

    static OutputColumn of(String name, String label, ColumnType type) {
        return new OutputColumn(name, label, type, type == ColumnType.MONEY);
    }
}
