package com.mediaflow.exports.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checked report: every name resolved against the catalogue and every value parsed to its
 * column's type, so that the SQL it builds holds only the catalogue's expressions and bound
 * parameters. Errors name the request field ({@code filters[1].value}).
 */
public final class ReportQuery {

    private static final int MAX_IN_VALUES = 500;
    private static final JsonMapper VALUES = JsonMapper.builder().build();

    private final EntityDefinition entity;
    private final List<Column> columns;
    private final List<Column> groupBy;
    private final List<CheckedFilter> filters;
    private final List<CheckedAggregate> aggregates;
    private final List<String> orderBy;
    private final List<OutputColumn> outputs;

    private record CheckedFilter(Column column, FilterOp op, List<Object> values) {}

    private record CheckedAggregate(
            AggregateFn fn, @Nullable Column column, String name) {}

    private ReportQuery(
            EntityDefinition entity,
            List<Column> columns,
            List<Column> groupBy,
            List<CheckedFilter> filters,
            List<CheckedAggregate> aggregates,
            List<String> orderBy,
            List<OutputColumn> outputs) {
        this.entity = entity;
        this.columns = columns;
        this.groupBy = groupBy;
        this.filters = filters;
        this.aggregates = aggregates;
        this.orderBy = orderBy;
        this.outputs = outputs;
    }

    public EntityDefinition entity() {
        return entity;
    }

    public List<OutputColumn> outputs() {
        return outputs;
    }

    public boolean grouped() {
        return !groupBy.isEmpty() || !aggregates.isEmpty();
    }

    /** @throws InvalidInputException naming the first field that is not in the catalogue or not valid */
    public static ReportQuery check(ReportDefinition definition, Catalogue catalogue) {
        var entity = catalogue.entity(definition.entity(), "entity");
        List<Column> groupBy = new ArrayList<>();
        var groupNames = definition.groupByOrEmpty();
        for (int i = 0; i < groupNames.size(); i++) {
            var column = selectable(entity, groupNames.get(i), "group_by[" + i + "]");
            if (groupBy.contains(column)) {
                throw InvalidInputException.field("group_by[" + i + "]", "names " + column.name() + " twice");
            }
            groupBy.add(column);
        }
        List<CheckedAggregate> aggregates = new ArrayList<>();
        var aggregateInputs = definition.aggregatesOrEmpty();
        for (int i = 0; i < aggregateInputs.size(); i++) {
            aggregates.add(aggregate(entity, aggregateInputs.get(i), groupBy, i));
        }
        var grouped = !groupBy.isEmpty() || !aggregates.isEmpty();
        List<Column> columns = new ArrayList<>();
        var columnNames = definition.columnsOrEmpty();
        for (int i = 0; i < columnNames.size(); i++) {
            var column = selectable(entity, columnNames.get(i), "columns[" + i + "]");
            if (grouped && !groupBy.contains(column)) {
                throw InvalidInputException.field(
                        "columns[" + i + "]", "must be one of group_by when the report is grouped or aggregated");
            }
            if (columns.contains(column)) {
                throw InvalidInputException.field("columns[" + i + "]", "names " + column.name() + " twice");
            }
            columns.add(column);
        }
        if (columns.isEmpty()) {
            columns.addAll(grouped ? groupBy : entity.exportedColumns());
        }
        List<CheckedFilter> filters = new ArrayList<>();
        var filterInputs = definition.filtersOrEmpty();
        for (int i = 0; i < filterInputs.size(); i++) {
            filters.add(filter(entity, filterInputs.get(i), "filters[" + i + "]"));
        }
        List<OutputColumn> outputs = new ArrayList<>();
        for (var column : columns) {
            outputs.add(OutputColumn.of(column.name(), column.label(), column.type()));
        }
        for (var aggregate : aggregates) {
            outputs.add(OutputColumn.of(aggregate.name(), label(aggregate), resultType(aggregate)));
        }
        var names = new HashSet<String>();
        for (var output : outputs) {
            if (!names.add(output.name())) {
                throw InvalidInputException.field("aggregates", "names " + output.name() + " twice");
            }
        }
        List<String> orderBy = new ArrayList<>();
        var sortInputs = definition.sortOrEmpty();
        for (int i = 0; i < sortInputs.size(); i++) {
            var item = sortInputs.get(i).strip();
            var descending = item.startsWith("-");
            var name = descending ? item.substring(1) : item;
            var index = -1;
            for (int o = 0; o < outputs.size(); o++) {
                if (outputs.get(o).name().equals(name)) {
                    index = o;
                }
            }
            if (index < 0) {
                throw InvalidInputException.field(
                        "sort[" + i + "]", "must name a column of the report: " + String.join(", ", names));
            }
            orderBy.add("o" + index + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST"));
        }
        return new ReportQuery(
                entity,
                List.copyOf(columns),
                List.copyOf(groupBy),
                List.copyOf(filters),
                List.copyOf(aggregates),
                List.copyOf(orderBy),
                List.copyOf(outputs));
    }

    private static Column selectable(EntityDefinition entity, @Nullable String name, String field) {
        var column = name == null ? null : entity.column(name).orElse(null);
        if (column == null || column.filterOnly()) {
            throw InvalidInputException.field(
                    field,
                    "must be a column of " + entity.name() + ": "
                            + String.join(
                                    ", ",
                                    entity.selectable().stream()
                                            .map(Column::name)
                                            .toList()));
        }
        return column;
    }

    private static CheckedAggregate aggregate(
            EntityDefinition entity, ReportDefinition.Aggregate input, List<Column> groupBy, int index) {
        var field = "aggregates[" + index + "]";
        AggregateFn fn;
        try {
            fn = AggregateFn.valueOf(input.fn().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field + ".fn", "must be one of sum, count, avg, min, max");
        }
        if (input.field() == null) {
            if (fn != AggregateFn.COUNT) {
                throw InvalidInputException.field(field + ".field", "is required for " + fn.value());
            }
            return new CheckedAggregate(fn, null, "count");
        }
        var column = selectable(entity, input.field(), field + ".field");
        if (!column.type().aggregates().contains(fn)) {
            throw InvalidInputException.field(
                    field + ".fn",
                    fn.value() + " does not apply to " + column.name() + " ("
                            + column.type().value() + ")");
        }
        if (column.type() == ColumnType.MONEY && fn != AggregateFn.COUNT) {
            var currency = column.currencySql();
            if (groupBy.stream().noneMatch(g -> g.sql().equals(currency))) {
                throw InvalidInputException.field(
                        field + ".field",
                        "amounts in different currencies cannot be added up: group by currency as well");
            }
        }
        return new CheckedAggregate(fn, column, fn.value() + "_" + column.name());
    }

    private static String label(CheckedAggregate aggregate) {
        var fn = switch (aggregate.fn()) {
            case SUM -> "Sum";
            case COUNT -> "Count";
            case AVG -> "Average";
            case MIN -> "Minimum";
            case MAX -> "Maximum";
        };
        return aggregate.column() == null
                ? fn
                : fn + " of " + aggregate.column().label().toLowerCase(Locale.ROOT);
    }

    private static ColumnType resultType(CheckedAggregate aggregate) {
        if (aggregate.fn() == AggregateFn.COUNT || aggregate.column() == null) {
            return ColumnType.INTEGER;
        }
        var type = aggregate.column().type();
        if (aggregate.fn() == AggregateFn.AVG && type == ColumnType.INTEGER) {
            return ColumnType.DECIMAL;
        }
        return type;
    }

    private static CheckedFilter filter(EntityDefinition entity, ReportDefinition.Filter input, String field) {
        var column = input.field() == null ? null : entity.column(input.field()).orElse(null);
        if (column == null) {
            throw InvalidInputException.field(
                    field + ".field",
                    "must be a column of " + entity.name() + ": "
                            + String.join(", ", entity.columns().keySet()));
        }
        FilterOp op;
        try {
            op = FilterOp.valueOf(input.op().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.field(
                    field + ".op", "must be one of eq, ne, lt, lte, gt, gte, in, contains, between");
        }
        if (!column.type().operators().contains(op)) {
            throw InvalidInputException.field(
                    field + ".op",
                    op.value() + " does not apply to " + column.name() + " ("
                            + column.type().value() + "); use one of "
                            + String.join(
                                    ", ",
                                    column.type().operators().stream()
                                            .map(FilterOp::value)
                                            .sorted()
                                            .toList()));
        }
        var value = input.value() == null ? null : VALUES.valueToTree(input.value());
        List<Object> values = new ArrayList<>();
        if (op == FilterOp.IN || op == FilterOp.BETWEEN) {
            if (value == null || !value.isArray()) {
                throw InvalidInputException.field(field + ".value", "must be a list for " + op.value());
            }
            if (op == FilterOp.BETWEEN && value.size() != 2) {
                throw InvalidInputException.field(field + ".value", "must be a list of two values for between");
            }
            if (op == FilterOp.IN && (value.isEmpty() || value.size() > MAX_IN_VALUES)) {
                throw InvalidInputException.field(
                        field + ".value", "must list between 1 and " + MAX_IN_VALUES + " values for in");
            }
            for (int i = 0; i < value.size(); i++) {
                values.add(parse(column, op, value.get(i), field + ".value[" + i + "]"));
            }
        } else {
            if (value == null || value.isNull() || value.isArray() || value.isObject()) {
                throw InvalidInputException.field(field + ".value", "must be a single value for " + op.value());
            }
            values.add(parse(column, op, value, field + ".value"));
        }
        return new CheckedFilter(column, op, values);
    }

    private static Object parse(Column column, FilterOp op, JsonNode node, String field) {
        if (node.isNull() || node.isContainer()) {
            throw InvalidInputException.field(
                    field, "must be a " + column.type().value());
        }
        if (op == FilterOp.CONTAINS) {
            var text = node.asString();
            if (text.isBlank() || text.length() > 200) {
                throw InvalidInputException.field(field, "must be between 1 and 200 characters");
            }
            return text;
        }
        try {
            return switch (column.type()) {
                case TEXT, TAGS -> {
                    if (!node.isString()) {
                        throw InvalidInputException.field(field, "must be text");
                    }
                    yield node.asString();
                }
                case ENUM -> {
                    var text = node.isString() ? node.asString().strip().toLowerCase(Locale.ROOT) : "";
                    if (!column.values().contains(text)) {
                        throw InvalidInputException.field(
                                field, "must be one of " + String.join(", ", column.values()));
                    }
                    yield text.toUpperCase(Locale.ROOT);
                }
                case UUID -> UUID.fromString(node.asString());
                case INTEGER -> {
                    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                        throw InvalidInputException.field(field, "must be a whole number");
                    }
                    yield node.asLong();
                }
                case DECIMAL, MONEY -> {
                    if (!node.isNumber()) {
                        throw InvalidInputException.field(field, "must be a number");
                    }
                    yield node.decimalValue();
                }
                case BOOLEAN -> {
                    if (!node.isBoolean()) {
                        throw InvalidInputException.field(field, "must be true or false");
                    }
                    yield node.asBoolean();
                }
                case DATE -> LocalDate.parse(node.asString());
                case TIMESTAMP -> timestamp(node.asString());
            };
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(
                    field,
                    column.type() == ColumnType.DATE
                            ? "must be a date such as 2026-01-31"
                            : "must be a timestamp such as 2026-01-31T09:00:00Z or a date");
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(
                    field, "must be a " + column.type().value());
        }
    }

    private static Timestamp timestamp(String text) {
        if (text.length() == 10) {
            return Timestamp.from(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        return Timestamp.from(OffsetDateTime.parse(text).toInstant());
    }

    /** SQL with named parameters, for one member's visibility. */
    public record Sql(String select, String count, Map<String, Object> params) {}

    public Sql sql(Visibility.Conditions visibility, LocalDate today, @Nullable Integer limit) {
        Map<String, Object> params = new HashMap<>(visibility.params());
        params.put("today", today);
        var where = new StringBuilder("(" + entity.baseCondition() + ") AND (" + visibility.rows() + ")");
        for (int i = 0; i < filters.size(); i++) {
            where.append(" AND ").append(condition(filters.get(i), i, visibility, params));
        }
        List<String> select = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            select.add(outputExpression(column, visibility) + " AS o" + i);
            if (column.type() == ColumnType.MONEY) {
                select.add(column.currencySql() + " AS o" + i + "_currency");
            }
        }
        for (int i = 0; i < aggregates.size(); i++) {
            var aggregate = aggregates.get(i);
            var index = columns.size() + i;
            select.add(aggregateExpression(aggregate, visibility) + " AS o" + index);
            if (aggregate.column() != null
                    && aggregate.column().type() == ColumnType.MONEY
                    && aggregate.fn() != AggregateFn.COUNT) {
                select.add("MIN(" + aggregate.column().currencySql() + ") AS o" + index + "_currency");
            }
        }
        var body = new StringBuilder(" FROM " + entity.from() + " WHERE " + where);
        if (grouped() && !groupBy.isEmpty()) {
            body.append(" GROUP BY ")
                    .append(String.join(
                            ", ",
                            groupBy.stream().map(c -> expression(c, visibility)).toList()));
        }
        String order;
        if (!orderBy.isEmpty()) {
            order = String.join(", ", orderBy);
        } else if (grouped()) {
            order = groupBy.isEmpty()
                    ? ""
                    : String.join(
                            ", ",
                            java.util.stream.IntStream.range(0, columns.size())
                                    .mapToObj(i -> "o" + i + " ASC NULLS LAST")
                                    .toList());
        } else {
            order = entity.defaultOrder();
        }
        var selectSql = "SELECT " + String.join(", ", select) + body + (order.isEmpty() ? "" : " ORDER BY " + order);
        if (limit != null) {
            selectSql += " LIMIT " + limit;
        }
        var countSql = grouped()
                ? (groupBy.isEmpty() ? "SELECT 1" : "SELECT count(*) FROM (SELECT 1" + body + ") g")
                : "SELECT count(*)" + body;
        return new Sql(selectSql, countSql, params);
    }

    private String condition(
            CheckedFilter filter, int index, Visibility.Conditions visibility, Map<String, Object> params) {
        var column = filter.column();
        var expression = expression(column, visibility);
        var name = "f" + index;
        if (filter.op() == FilterOp.CONTAINS) {
            params.put(name, filter.values().get(0));
            if (column.type() == ColumnType.TAGS) {
                params.put(name, ((String) filter.values().get(0)).strip().toLowerCase(Locale.ROOT));
                return expression + " @> ARRAY[CAST(:" + name + " AS text)]";
            }
            params.put(name, "%" + escapeLike((String) filter.values().get(0)) + "%");
            return "CAST(" + expression + " AS text) ILIKE :" + name + " ESCAPE '\\'";
        }
        if (filter.op() == FilterOp.IN) {
            params.put(name, filter.values());
            return expression + " IN (:" + name + ")";
        }
        if (filter.op() == FilterOp.BETWEEN) {
            params.put(name + "a", filter.values().get(0));
            params.put(name + "b", filter.values().get(1));
            return expression + " BETWEEN :" + name + "a AND :" + name + "b";
        }
        params.put(name, filter.values().get(0));
        var operator = switch (filter.op()) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LTE -> "<=";
            case GT -> ">";
            case GTE -> ">=";
            default -> throw new IllegalStateException(filter.op().value());
        };
        if (filter.op() == FilterOp.NE) {
            return "(" + expression + " IS NULL OR " + expression + " <> :" + name + ")";
        }
        return expression + " " + operator + " :" + name;
    }

    /** The column's expression; financial columns only where the member may see the row's money. */
    private static String expression(Column column, Visibility.Conditions visibility) {
        if (column.financial() && visibility.money() != null) {
            return "(CASE WHEN " + visibility.money() + " THEN " + column.sql() + " END)";
        }
        return column.sql();
    }

    private static String outputExpression(Column column, Visibility.Conditions visibility) {
        var expression = expression(column, visibility);
        return column.type() == ColumnType.TAGS ? "array_to_string(" + expression + ", ', ')" : expression;
    }

    private static String aggregateExpression(CheckedAggregate aggregate, Visibility.Conditions visibility) {
        if (aggregate.column() == null) {
            return "count(*)";
        }
        var expression = expression(aggregate.column(), visibility);
        return switch (aggregate.fn()) {
            case COUNT -> "count(" + expression + ")";
            case SUM -> "sum(" + expression + ")";
            case AVG ->
                aggregate.column().type() == ColumnType.MONEY
                        ? "avg(" + expression + ")"
                        : "round(avg(" + expression + "), 2)";
            case MIN -> "min(" + expression + ")";
            case MAX -> "max(" + expression + ")";
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Reads one result row into the values of {@link #outputs()}. */
    public Object[] read(ResultSet rs) throws SQLException {
        var values = new Object[outputs.size()];
        for (int i = 0; i < outputs.size(); i++) {
            values[i] = value(rs, outputs.get(i).type(), "o" + i);
        }
        return values;
    }

    private static @Nullable Object value(ResultSet rs, ColumnType type, String alias) throws SQLException {
        return switch (type) {
            case TEXT, TAGS -> rs.getString(alias);
            case ENUM -> {
                var text = rs.getString(alias);
                yield text == null ? null : text.toLowerCase(Locale.ROOT);
            }
            case UUID -> rs.getObject(alias, UUID.class);
            case INTEGER -> {
                var number = rs.getLong(alias);
                yield rs.wasNull() ? null : number;
            }
            case DECIMAL -> rs.getBigDecimal(alias);
            case MONEY -> {
                BigDecimal amount = rs.getBigDecimal(alias);
                yield amount == null ? null : MoneyValue.of(amount, rs.getString(alias + "_currency"));
            }
            case DATE -> rs.getObject(alias, LocalDate.class);
            case TIMESTAMP -> {
                var time = rs.getObject(alias, OffsetDateTime.class);
                yield time == null ? null : (Instant) time.toInstant();
            }
            case BOOLEAN -> {
                var flag = rs.getBoolean(alias);
                yield rs.wasNull() ? null : flag;
            }
        };
    }
}
