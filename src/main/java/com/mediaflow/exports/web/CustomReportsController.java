package com.mediaflow.exports.web;

import com.mediaflow.exports.internal.Catalogue;
import com.mediaflow.exports.internal.CatalogueView;
import com.mediaflow.exports.internal.CustomReports;
import com.mediaflow.exports.internal.ReportFormat;
import com.mediaflow.exports.internal.ReportResult;
import com.mediaflow.exports.internal.ReportTemplateView;
import com.mediaflow.exports.internal.ReportTemplates;
import com.mediaflow.jobs.JobTicket;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.MediaTypes;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Custom reports")
class CustomReportsController {

    private final CustomReports reports;
    private final ReportTemplates templates;
    private final Catalogue catalogue;

    CustomReportsController(CustomReports reports, ReportTemplates templates, Catalogue catalogue) {
        this.reports = reports;
        this.templates = templates;
        this.catalogue = catalogue;
    }

    @PostMapping("/custom")
    @Operation(
            summary = "Run a custom report",
            description = "Pick an `entity`, its `columns`, `filters` (`{\"field\", \"op\", \"value\"}`), `group_by` "
                    + "and `aggregates` (`{\"field\", \"fn\"}`), and a `sort`, all from the catalogue "
                    + "(`GET /api/reports/custom/catalogue`); a name, operator or value that is not in it is a 400 naming "
                    + "the field (e.g. `filters[1].op`). Grouped reports show one row per group: the grouping columns "
                    + "and the aggregates, named `<fn>_<column>` (or `count`). Amounts in different currencies are "
                    + "never added up: aggregating money needs `currency` among the groups. Rows are those you may see, "
                    + "as in the entity's list route (income and invoices need financial rights: 403 otherwise). "
                    + "`format`: `json` (default; at most 1,000 rows, `truncated` says when there were more), `csv` or "
                    + "`xlsx` (as the exports: streamed, or a background job (202) when large). With `save: true` and "
                    + "a `name` the report is also kept as a template of yours (`template_id` in the JSON answer).")
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = ReportResult.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "202",
            description = "Too many rows to stream: the file is made by a background job (see `Location`)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobTicket.class)))
    @ApiResponse(responseCode = "400", description = "Something the catalogue does not allow, named in `errors`")
    @ApiResponse(responseCode = "403", description = "You may not see this entity (income, invoices)")
    ResponseEntity<StreamingResponseBody> run(
            @Valid @RequestBody CustomReportRequest request, @AuthenticationPrincipal CurrentUser user) {
        var format = ReportFormat.parse(request.format(), ReportFormat.JSON, "format");
        String saveAs = null;
        if (Boolean.TRUE.equals(request.save())) {
            if (request.name() == null || request.name().isBlank()) {
                throw InvalidInputException.field("name", "is required to save the report");
            }
            saveAs = request.name();
        }
        return reports.run(request.definition(), format, saveAs, user);
    }

    @GetMapping("/custom/catalogue")
    @Operation(
            summary = "What custom reports can show",
            description = "Every entity with its columns and their types, the filter operators and aggregates each "
                    + "column takes, enum values, and which columns only those who may see the money are shown.")
    CatalogueView catalogue() {
        return catalogue.view();
    }

    @GetMapping("/templates")
    @Operation(
            summary = "Your saved reports",
            description = "The custom reports you saved; sortable by name, created_at, updated_at (default "
                    + "`-updated_at`).")
    PageResponse<ReportTemplateView> templates(Paging paging, @AuthenticationPrincipal CurrentUser user) {
        return templates.list(paging, user);
    }

    @GetMapping("/templates/{id}")
    @Operation(summary = "One saved report", description = "404 unless it is yours.")
    ReportTemplateView template(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return templates.find(id, user);
    }

    @PutMapping("/templates/{id}")
    @Operation(
            summary = "Change a saved report",
            description = "Replaces its name and content, checked as when it is run; send the `version` you read "
                    + "(409 when stale).")
    @ApiResponse(responseCode = "200", description = "The saved report")
    @ApiResponse(responseCode = "400", description = "Something the catalogue does not allow, named in `errors`")
    @ApiResponse(responseCode = "409", description = "It changed since you read it")
    ReportTemplateView update(
            @PathVariable UUID id,
            @Valid @RequestBody TemplateRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        var format = ReportFormat.parse(request.format(), ReportFormat.JSON, "format");
        return templates.update(id, request.name(), request.definition(), format, request.version(), user);
    }

    @DeleteMapping("/templates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a saved report", description = "404 unless it is yours.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        templates.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/download")
    @Operation(
            summary = "Run a saved report again",
            description = "Runs one of your saved reports on today's data, with what you may see today, in `format` "
                    + "(json, csv or xlsx; default: the format it was saved with). Large files answer 202 with a "
                    + "background job, as the exports do.")
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = ReportResult.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "202",
            description = "Too many rows to stream: the file is made by a background job (see `Location`)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobTicket.class)))
    @ApiResponse(responseCode = "400", description = "An unknown format")
    @ApiResponse(responseCode = "403", description = "You may no longer see this entity")
    @ApiResponse(responseCode = "404", description = "No such saved report of yours")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable UUID id,
            @RequestParam(name = "format", required = false) @Nullable String format,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.download(id, format, user);
    }
}
