package com.mediaflow.exports.web;

import com.mediaflow.exports.internal.ReportDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A saved report's new content.
 *
 * @param version the version you read (a stale one is a 409)
 * @param format json, csv or xlsx: the format it downloads in when none is asked for
 */
record TemplateRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String entity,
        @Nullable @Size(max = 60) List<String> columns,
        @Nullable @Size(max = 30) List<ReportDefinition.Filter> filters,
        @Nullable @Size(max = 5) List<String> groupBy,
        @Nullable @Size(max = 20) List<ReportDefinition.Aggregate> aggregates,
        @Nullable @Size(max = 10) List<String> sort,
        @Nullable String format,
        @NotNull Long version) {

    ReportDefinition definition() {
        return new ReportDefinition(entity.strip(), columns, filters, groupBy, aggregates, sort);
    }
}
