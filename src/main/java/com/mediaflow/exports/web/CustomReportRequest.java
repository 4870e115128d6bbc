package com.mediaflow.exports.web;

import com.mediaflow.exports.internal.ReportDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A custom report to run (and, with {@code save}, to keep as a template).
 *
 * @param name the template's name; required with {@code save}
 * @param save keep the report as a template of yours, to re-run later
 * @param entity contacts, projects, tasks, time_entries, expenses, income or invoices
 * @param columns the columns to show, in order (default: the entity's export columns, or the grouping)
 * @param filters conditions every row meets: {@code {"field", "op", "value"}}
 * @param groupBy columns to group by; each group is one row
 * @param aggregates {@code {"field", "fn"}} with fn sum, count, avg, min or max
 * @param sort column or aggregate names (e.g. {@code sum_amount}), {@code -} for descending
 * @param format json (default), csv or xlsx
 */
record CustomReportRequest(
        @Nullable @Size(max = 200) String name,
        @Nullable Boolean save,
        @NotBlank String entity,
        @Nullable @Size(max = 60) List<String> columns,
        @Nullable @Size(max = 30) List<ReportDefinition.Filter> filters,
        @Nullable @Size(max = 5) List<String> groupBy,
        @Nullable @Size(max = 20) List<ReportDefinition.Aggregate> aggregates,
        @Nullable @Size(max = 10) List<String> sort,
        @Nullable String format) {

    ReportDefinition definition() {
        return new ReportDefinition(entity.strip(), columns, filters, groupBy, aggregates, sort);
    }
}
