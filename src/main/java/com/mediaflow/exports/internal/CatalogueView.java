package com.mediaflow.exports.internal;

import java.util.List;

/**
 * What custom reports can name: each entity with its columns, the filter operators and aggregates
 * each column takes, and the columns its export writes.
 */
public record CatalogueView(List<Entity> entities) {

    /**
     * @param name the entity's name in reports
     * @param columns every column, including filter-only ones
     * @param exportColumns the columns of {@code GET /api/exports/...} and of a report that names none
     * @param aggregates the aggregate functions: sum, count, avg, min, max
     */
    public record Entity(
            String name, List<ColumnView> columns, List<String> exportColumns, List<AggregateFn> aggregates) {}

    /**
     * @param name the column's name in reports
     * @param label a heading for people
     * @param type text, enum, tags, uuid, integer, decimal, money, date, timestamp or boolean
     * @param values for enums, the values it takes
     * @param operators the filter operators it takes
     * @param aggregates the aggregates it takes
     * @param groupable whether reports may group by it
     * @param financial shown only to those who may see the row's money (otherwise empty)
     * @param filterOnly usable in filters only, not as a column (a free-text search)
     */
    public record ColumnView(
            String name,
            String label,
            ColumnType type,
            List<String> values,
            List<FilterOp> operators,
            List<AggregateFn> aggregates,
            boolean groupable,
            boolean financial,
            boolean filterOnly) {}

    static CatalogueView of(Catalogue catalogue) {
        return new CatalogueView(catalogue.entities().stream()
                .map(entity -> new Entity(
                        entity.name(),
                        entity.columns().values().stream()
                                .map(c -> new ColumnView(
                                        c.name(),
                                        c.label(),
                                        c.type(),
                                        c.values(),
                                        c.type().operators().stream().sorted().toList(),
                                        c.filterOnly()
                                                ? List.of()
                                                : c.type().aggregates().stream()
                                                        .sorted()
                                                        .toList(),
                                        !c.filterOnly(),
                                        c.financial(),
                                        c.filterOnly()))
                                .toList(),
                        entity.exportColumns(),
                        List.of(AggregateFn.values())))
                .toList());
    }
}
