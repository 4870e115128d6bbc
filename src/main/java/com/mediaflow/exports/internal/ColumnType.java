package com.mediaflow.exports.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * The type of a report column: what its values are, and so which filter operators and aggregates
 * apply. {@code money} is an amount in the currency of its row, written with that currency's decimals.
 */
public enum ColumnType {
    TEXT,
    ENUM,
    TAGS,
    UUID,
    INTEGER,
    DECIMAL,
    MONEY,
    DATE,
    TIMESTAMP,
    BOOLEAN;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == MONEY;
    }

    public boolean isOrdered() {
        return isNumeric() || this == DATE || this == TIMESTAMP || this == TEXT;
    }

    /** The filter operators that apply to values of this type. */
    public Set<FilterOp> operators() {
        return switch (this) {
            case TEXT -> Set.of(FilterOp.values());
            case TAGS -> Set.of(FilterOp.CONTAINS);
            case ENUM, UUID, BOOLEAN -> Set.of(FilterOp.EQ, FilterOp.NE, FilterOp.IN);
            case INTEGER, DECIMAL, MONEY, DATE, TIMESTAMP ->
                Set.of(
                        FilterOp.EQ,
                        FilterOp.NE,
                        FilterOp.LT,
                        FilterOp.LTE,
                        FilterOp.GT,
                        FilterOp.GTE,
                        FilterOp.IN,
                        FilterOp.BETWEEN);
        };
    }

    /** The aggregates that apply to values of this type ({@code count} applies to all). */
    public Set<AggregateFn> aggregates() {
        if (isNumeric()) {
            return Set.of(AggregateFn.values());
        }
        if (this == DATE || this == TIMESTAMP) {
            return Set.of(AggregateFn.COUNT, AggregateFn.MIN, AggregateFn.MAX);
        }
        return Set.of(AggregateFn.COUNT);
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
