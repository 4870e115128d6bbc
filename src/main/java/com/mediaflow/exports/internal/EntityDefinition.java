package com.mediaflow.exports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An entity of the catalogue: its tables, its columns, the columns its export writes, and the rule
 * that decides which rows (and which money) a member sees.
 *
 * @param from the {@code FROM} clause: the entity's table and the joins its columns need
 * @param baseCondition a condition every row meets (such as "not deleted")
 * @param defaultOrder the order of rows when a report asks for none
 * @param visibility which rows a member sees
 * @param projectSql the expression of the row's project, for the visibility rules
 * @param memberSql the expression of the member the row belongs to (their own time, their own expenses)
 */
public record EntityDefinition(
        String name,
        String from,
        String baseCondition,
        String defaultOrder,
        Visibility.Rule visibility,
        @Nullable String projectSql,
        @Nullable String memberSql,
        Map<String, Column> columns,
        List<String> exportColumns) {

    public EntityDefinition {
        columns = new LinkedHashMap<>(columns);
        exportColumns = List.copyOf(exportColumns);
    }

    static EntityDefinition of(
            String name,
            String from,
            String baseCondition,
            String defaultOrder,
            Visibility.Rule visibility,
            @Nullable String projectSql,
            @Nullable String memberSql,
            List<Column> columns,
            List<String> exportColumns) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (var column : columns) {
            byName.put(column.name(), column);
        }
        for (var export : exportColumns) {
            if (!byName.containsKey(export)) {
                throw new IllegalArgumentException("No column " + export + " in " + name);
            }
        }
        return new EntityDefinition(
                name, from, baseCondition, defaultOrder, visibility, projectSql, memberSql, byName, exportColumns);
    }

    public Optional<Column> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** The columns a report may show, in catalogue order. */
    public List<Column> selectable() {
        return columns.values().stream().filter(c -> !c.filterOnly()).toList();
    }

    public List<Column> exportedColumns() {
        return exportColumns.stream().map(columns::get).toList();
    }
}
