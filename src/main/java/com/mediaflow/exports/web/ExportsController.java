package com.mediaflow.exports.web;

import com.mediaflow.exports.internal.Exports;
import com.mediaflow.exports.internal.TableFormat;
import com.mediaflow.jobs.JobTicket;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.MediaTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports")
class ExportsController {

    static final String HOW = " The file streams from the database as it is written (CSV: RFC 4180, UTF-8, "
            + "`bom=true` adds a byte-order mark for Excel; XLSX: typed cells - dates as dates, money as numbers "
            + "with the currency's decimals - a frozen header row and an autofilter). Text that a spreadsheet "
            + "would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is "
            + "neutralized: prefixed with `'` in CSV, a quote-prefixed text cell in XLSX; real numbers stay "
            + "numbers. Exports with more rows than the background threshold (20,000 by default) answer `202` "
            + "with a job to follow at `status_url` instead. Every export is in the audit log (who, what, "
            + "filters, rows). The filters are those of the list route; a bad one is a 400.";

    /** The documented answers of every export route. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "200",
            description = "The file, as an attachment named after the entity and today's date",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "202",
            description = "Too many rows to stream: the export runs as a background job (see `Location`)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobTicket.class)))
    @ApiResponse(responseCode = "400", description = "An unknown or invalid filter or format")
    @interface ExportResponses {}

    private final Exports exports;

    ExportsController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/contacts")
    @Operation(summary = "Export contacts", description = "Every contact matching the filters." + HOW)
    @ExportResponses
    ResponseEntity<StreamingResponseBody> contacts(
            @ParameterObject ExportParameters.Contacts filter,
            @ParameterObject ExportParameters.Output output,
            @AuthenticationPrincipal CurrentUser user) {
        var zone = exports.zone();
        return exports.export(
                "contacts",
                f -> f.words("q", "search", filter.q())
                        .tag("tag", "tags", filter.tag())
                        .equal("owner_id", "owner_id", filter.ownerId())
                        .equal("company_id", "company_id", filter.companyId())
                        .equal("type", "type", filter.type())
                        .daysOfTimestamps(
                                "created_from",
                                "created_to",
                                "created_at",
                                filter.createdFrom(),
                                filter.createdTo(),
                                zone),
                format(output),
                bom(output),
                user);
    }

    @GetMapping("/projects")
    @Operation(
            summary = "Export projects",
            description = "The projects you may see (editors and assistants: those they are on the crew of or "
                    + "manage); the budget only where you may see the project's money." + HOW)
    @ExportResponses
    ResponseEntity<StreamingResponseBody> projects(
            @ParameterObject ExportParameters.Projects filter,
            @ParameterObject ExportParameters.Output output,
            @AuthenticationPrincipal CurrentUser user) {
        return exports.export(
                "projects",
                f -> f.equal("status", "status", filter.status())
                        .equal("type", "type", filter.type())
                        .equal("client_id", "client_id", filter.clientId())
                        .equal("manager_id", "manager_id", filter.managerId())
                        .tag("tag", "tags", filter.tag())
                        .words("q", "search", filter.q()),
                format(output),
                bom(output),
                user);
    }

    @GetMapping("/tasks")
    @Operation(summary = "Export tasks", description = "The tasks of the projects you may see." + HOW)
    @ExportResponses
    ResponseEntity<StreamingResponseBody> tasks(
            @ParameterObject ExportParameters.Tasks filter,
            @ParameterObject ExportParameters.Output output,
            @AuthenticationPrincipal CurrentUser user) {
        return exports.export(
                "tasks",
                f -> f.equal("project_id", "project_id", filter.projectId())
                        .equal("assignee_id", "assignee_id", filter.assigneeId())
                        .equal("status", "status", filter.status())
                        .equal("priority", "priority", filter.priority())
                        .equal("overdue", "overdue", filter.overdue())
                        .days("due_from", "due_to", "due_date", filter.dueFrom(), filter.dueTo())
                        .words("q", "title", filter.q()),
                format(output),
                bom(output),
                user);
    }

    @GetMapping("/expenses")
    @Operation(
            summary = "Export expenses",
            description = "Those who may view financials export every expense; everyone else the expenses they "
                    + "submitted and those of the projects whose money they may see, as in the expense list." + HOW)
    @ExportResponses
    ResponseEntity<StreamingResponseBody> expenses(
            @ParameterObject ExportParameters.Expenses filter,
            @ParameterObject ExportParameters.Output output,
            @AuthenticationPrincipal CurrentUser user) {
        return exports.export(
                "expenses",
                f -> f.equal("project_id", "project_id", filter.projectId())
                        .equal("category", "category", filter.category())
                        .equal("status", "status", filter.status())
                        .equal("submitted_by", "submitted_by", filter.submittedBy())
                        .days("date_from", "date_to", "date", filter.dateFrom(), filter.dateTo())
                        .equal("billable", "billable", filter.billable())
                        .equal("currency", "currency", filter.currency()),
                format(output),
                bom(output),
                user);
    }

    @GetMapping("/income")
    @Operation(
            summary = "Export income",
            description = "As the income list: those who may view financials export all of it, producers the income "
                    + "of their own projects, everyone else is refused (403)." + HOW)
    @ExportResponses
    @ApiResponse(responseCode = "403", description = "You may not see income")
    ResponseEntity<StreamingResponseBody> income(
            @ParameterObject ExportParameters.Income filter,
            @ParameterObject ExportParameters.Output output,
            @AuthenticationPrincipal CurrentUser user) {
        return exports.export(
                "income",
                f -> f.equal("source", "source", filter.source())
                        .equal("status", "status", filter.status())
                        .equal("project_id", "project_id", filter.projectId())
                        .equal("client_id", "client_id", filter.clientId())
                        .equal("invoice_id", "invoice_id", filter.invoiceId())
                        .days("date_from", "date_to", "date", filter.dateFrom(), filter.dateTo()),
                format(output),
                bom(output),
                user);
    }

    static TableFormat format(ExportParameters.Output output) {
        return parseFormat(output.format(), "format");
    }

    static TableFormat parseFormat(@Nullable String format, String field) {
        if (format == null || format.isBlank()) {
            return TableFormat.CSV;
        }
        try {
            return TableFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "must be csv or xlsx");
        }
    }

    private static boolean bom(ExportParameters.Output output) {
        return Boolean.TRUE.equals(output.bom());
    }
}
