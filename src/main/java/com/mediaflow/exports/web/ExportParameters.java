package com.mediaflow.exports.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/** The query parameters of the export routes: the filters of each entity's list route. */
final class ExportParameters {

    private ExportParameters() {}

    /**
     * @param format csv (default) or xlsx
     * @param bom for CSV: start with a UTF-8 byte-order mark so that Excel reads accents right
     */
    record Output(
            @Parameter(description = "csv (default) or xlsx") @Nullable
            String format,

            @Parameter(description = "CSV only: start the file with a UTF-8 byte-order mark, for Excel") @Nullable
            Boolean bom) {}

    record Contacts(
            @Parameter(description = "Words that must each appear in the name, e-mail, company name or tags") @Nullable
            String q,

            @Parameter(description = "Only contacts with this tag") @Nullable
            String tag,

            @Parameter(name = "owner_id", description = "Only contacts looked after by this member")
            @BindParam("owner_id")
            @Nullable
            UUID ownerId,

            @Parameter(name = "company_id", description = "Only the people of this company")
            @BindParam("company_id")
            @Nullable
            UUID companyId,

            @Parameter(description = "person or company") @Nullable
            String type,

            @Parameter(name = "created_from", description = "Created on or after this day (studio time zone)")
            @BindParam("created_from")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate createdFrom,

            @Parameter(name = "created_to", description = "Created on or before this day (studio time zone)")
            @BindParam("created_to")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate createdTo) {}

    record Projects(
            @Parameter(description = "A project status, e.g. production") @Nullable
            String status,

            @Parameter(description = "A project type, e.g. commercial") @Nullable
            String type,

            @Parameter(name = "client_id", description = "Only projects of this client")
            @BindParam("client_id")
            @Nullable
            UUID clientId,

            @Parameter(name = "manager_id", description = "Only projects this member manages")
            @BindParam("manager_id")
            @Nullable
            UUID managerId,

            @Parameter(description = "Only projects with this tag") @Nullable
            String tag,

            @Parameter(description = "Words of the name or code") @Nullable
            String q) {}

    record Tasks(
            @Parameter(name = "project_id", description = "Only tasks of this project")
            @BindParam("project_id")
            @Nullable
            UUID projectId,

            @Parameter(name = "assignee_id", description = "Only tasks assigned to this member")
            @BindParam("assignee_id")
            @Nullable
            UUID assigneeId,

            @Parameter(description = "todo, in_progress, review, done or blocked") @Nullable
            String status,

            @Parameter(description = "low, medium, high or urgent") @Nullable
            String priority,

            @Parameter(description = "true: past their due date and not done; false: the others") @Nullable
            Boolean overdue,

            @Parameter(name = "due_from", description = "Due on or after this date")
            @BindParam("due_from")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate dueFrom,

            @Parameter(name = "due_to", description = "Due on or before this date")
            @BindParam("due_to")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate dueTo,

            @Parameter(description = "Part of the title") @Nullable
            String q) {}

    record Expenses(
            @Parameter(name = "project_id", description = "Only expenses of this project")
            @BindParam("project_id")
            @Nullable
            UUID projectId,

            @Parameter(description = "An expense category, e.g. travel") @Nullable
            String category,

            @Parameter(description = "pending, approved, rejected or paid") @Nullable
            String status,

            @Parameter(name = "submitted_by", description = "Only expenses this member submitted")
            @BindParam("submitted_by")
            @Nullable
            UUID submittedBy,

            @Parameter(name = "date_from", description = "Dated on or after this day")
            @BindParam("date_from")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate dateFrom,

            @Parameter(name = "date_to", description = "Dated on or before this day")
            @BindParam("date_to")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate dateTo,

            @Parameter(description = "Only billable (true) or non-billable (false) expenses") @Nullable
            Boolean billable,

            @Parameter(description = "Only expenses in this currency, e.g. EUR") @Nullable
            String currency) {}

    record Income(
            @Parameter(description = "invoice_payment, retainer or other") @Nullable
            String source,

            @Parameter(description = "expected or received") @Nullable
            String status,

            @Parameter(name = "project_id", description = "Only income of this project")
            @BindParam("project_id")
            @Nullable
            UUID projectId,

            @Parameter(name = "client_id", description = "Only income from this client")
            @BindParam("client_id")
            @Nullable
            UUID clientId,

            @Parameter(name = "invoice_id", description = "Only the payments of this invoice")
            @BindParam("invoice_id")
            @Nullable
            UUID invoiceId,

            @Parameter(name = "date_from", description = "Received (or, when expected, expected) on or after this day")
            @BindParam("date_from")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate dateFrom,

            @Parameter(name = "date_to", description = "Received (or, when expected, expected) on or before this day")
            @BindParam("date_to")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate dateTo) {}
}
