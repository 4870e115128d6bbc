package com.mediaflow.exports.internal;

import static com.mediaflow.exports.internal.Column.enumOf;
import static com.mediaflow.exports.internal.Column.money;
import static com.mediaflow.exports.internal.Column.of;
import static com.mediaflow.exports.internal.Column.search;
import static com.mediaflow.exports.internal.ColumnType.BOOLEAN;
import static com.mediaflow.exports.internal.ColumnType.DATE;
import static com.mediaflow.exports.internal.ColumnType.DECIMAL;
import static com.mediaflow.exports.internal.ColumnType.INTEGER;
import static com.mediaflow.exports.internal.ColumnType.TAGS;
import static com.mediaflow.exports.internal.ColumnType.TEXT;
import static com.mediaflow.exports.internal.ColumnType.TIMESTAMP;
import static com.mediaflow.exports.internal.ColumnType.UUID;

import com.mediaflow.shared.web.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every entity that exports and custom reports can read, with its columns: the one whitelist of what
 * a request may name. Column expressions are written here; requests only pick them by name.
 */
@Component
public class Catalogue {

    private static final String[] PROJECT_TYPES = {
        "commercial", "corporate", "music_video", "documentary", "photo_shoot", "event", "social_content", "other"
    };
    private static final String[] PROJECT_STATUSES = {
        "planning",
        "pre_production",
        "production",
        "post_production",
        "review",
        "delivered",
        "completed",
        "on_hold",
        "cancelled"
    };

    private final Map<String, EntityDefinition> entities = new LinkedHashMap<>();

    Catalogue() {
        add(contacts());
        add(projects());
        add(tasks());
        add(timeEntries());
        add(expenses());
        add(income());
        add(invoices());
    }

    public CatalogueView view() {
        return CatalogueView.of(this);
    }

    public List<EntityDefinition> entities() {
        return List.copyOf(entities.values());
    }

    /** @throws InvalidInputException naming {@code field} when there is no such entity */
    public EntityDefinition entity(String name, String field) {
        var entity = entities.get(name);
        if (entity == null) {
            throw InvalidInputException.field(field, "must be one of " + String.join(", ", entities.keySet()));
        }
        return entity;
    }

    private void add(EntityDefinition entity) {
        entities.put(entity.name(), entity);
    }

    private static EntityDefinition contacts() {
        return EntityDefinition.of(
                "contacts",
                "contacts c LEFT JOIN team_members co ON co.id = c.owner_id",
                "c.deleted_at IS NULL",
                "lower(c.display_name), c.id",
                Visibility.Rule.ALL_MEMBERS,
                null,
                null,
                List.of(
                        of("id", "Id", UUID, "c.id"),
                        enumOf("type", "Type", "c.type", "person", "company"),
                        of("name", "Name", TEXT, "c.display_name"),
                        of("first_name", "First name", TEXT, "c.first_name"),
                        of("last_name", "Last name", TEXT, "c.last_name"),
                        of("job_title", "Job title", TEXT, "c.job_title"),
                        of("company_id", "Company id", UUID, "c.company_id"),
                        of("company_name", "Company", TEXT, "c.company_name"),
                        of("email", "E-mail", TEXT, "c.email"),
                        of("phone", "Phone", TEXT, "c.phone"),
                        of("mobile", "Mobile", TEXT, "c.mobile"),
                        of("website", "Website", TEXT, "c.website"),
                        of("city", "City", TEXT, "c.address_city"),
                        of("country", "Country", TEXT, "c.address_country"),
                        of("tags", "Tags", TAGS, "c.tags"),
                        of("source", "Source", TEXT, "c.source"),
                        of("owner_id", "Owner id", UUID, "c.owner_id"),
                        of("owner_name", "Owner", TEXT, "co.full_name"),
                        of("created_at", "Created", TIMESTAMP, "c.created_at"),
                        of("updated_at", "Updated", TIMESTAMP, "c.updated_at"),
                        search("search", "Name, e-mail, company or tags", "c.search_text")),
                List.of(
                        "id",
                        "type",
                        "name",
                        "first_name",
                        "last_name",
                        "job_title",
                        "company_name",
                        "email",
                        "phone",
                        "mobile",
                        "website",
                        "city",
                        "country",
                        "tags",
                        "source",
                        "owner_name",
                        "created_at"));
    }

    private static EntityDefinition projects() {
        return EntityDefinition.of(
                "projects",
                "projects p JOIN contacts pc ON pc.id = p.client_id LEFT JOIN team_members pm ON pm.id = p.manager_id",
                "TRUE",
                "p.created_at DESC, p.id",
                Visibility.Rule.PROJECTS,
                "p.id",
                null,
                List.of(
                        of("id", "Id", UUID, "p.id"),
                        of("code", "Code", TEXT, "p.code"),
                        of("name", "Name", TEXT, "p.name"),
                        of("client_id", "Client id", UUID, "p.client_id"),
                        of("client_name", "Client", TEXT, "pc.display_name"),
                        enumOf("type", "Type", "p.type", PROJECT_TYPES),
                        enumOf("status", "Status", "p.status", PROJECT_STATUSES),
                        of("start_date", "Start", DATE, "p.start_date"),
                        of("end_date", "End", DATE, "p.end_date"),
                        of("deadline", "Deadline", DATE, "p.deadline"),
                        money("budget", "Budget", "p.budget", "p.currency").asFinancial(),
                        of("currency", "Currency", TEXT, "p.currency"),
                        of("manager_id", "Manager id", UUID, "p.manager_id"),
                        of("manager_name", "Manager", TEXT, "pm.full_name"),
                        of("tags", "Tags", TAGS, "p.tags"),
                        of("created_at", "Created", TIMESTAMP, "p.created_at"),
                        search("search", "Name or code", "(p.name || ' ' || p.code)")),
                List.of(
                        "id",
                        "code",
                        "name",
                        "client_name",
                        "type",
                        "status",
                        "start_date",
                        "end_date",
                        "deadline",
                        "budget",
                        "currency",
                        "manager_name",
                        "tags",
                        "created_at"));
    }

    private static EntityDefinition tasks() {
        return EntityDefinition.of(
                "tasks",
                "tasks t JOIN projects tp ON tp.id = t.project_id LEFT JOIN team_members ta ON ta.id = t.assignee_id",
                "TRUE",
                "tp.code, t.due_date NULLS LAST, t.id",
                Visibility.Rule.PROJECTS,
                "t.project_id",
                null,
                List.of(
                        of("id", "Id", UUID, "t.id"),
                        of("project_id", "Project id", UUID, "t.project_id"),
                        of("project_code", "Project", TEXT, "tp.code"),
                        of("project_name", "Project name", TEXT, "tp.name"),
                        of("title", "Title", TEXT, "t.title"),
                        enumOf("status", "Status", "t.status", "todo", "in_progress", "review", "done", "blocked"),
                        enumOf("priority", "Priority", "t.priority", "low", "medium", "high", "urgent"),
                        of("assignee_id", "Assignee id", UUID, "t.assignee_id"),
                        of("assignee_name", "Assignee", TEXT, "ta.full_name"),
                        of("start_date", "Start", DATE, "t.start_date"),
                        of("due_date", "Due", DATE, "t.due_date"),
                        of(
                                "overdue",
                                "Overdue",
                                BOOLEAN,
                                "(t.due_date IS NOT NULL AND t.due_date < CAST(:today AS date) AND t.status <> 'DONE')"),
                        of("estimate_minutes", "Estimate (minutes)", INTEGER, "t.estimate_minutes"),
                        of("completed_at", "Completed", TIMESTAMP, "t.completed_at"),
                        of("created_at", "Created", TIMESTAMP, "t.created_at")),
                List.of(
                        "id",
                        "project_code",
                        "project_name",
                        "title",
                        "status",
                        "priority",
                        "assignee_name",
                        "start_date",
                        "due_date",
                        "overdue",
                        "estimate_minutes",
                        "completed_at",
                        "created_at"));
    }

    private static EntityDefinition timeEntries() {
        return EntityDefinition.of(
                "time_entries",
                "task_time_entries te JOIN tasks tt ON tt.id = te.task_id JOIN projects tep ON tep.id = te.project_id"
                        + " JOIN team_members tm ON tm.id = te.member_id",
                "TRUE",
                "te.work_date, te.id",
                Visibility.Rule.PROJECTS,
                "te.project_id",
                "te.member_id",
                List.of(
                        of("id", "Id", UUID, "te.id"),
                        of("task_id", "Task id", UUID, "te.task_id"),
                        of("task_title", "Task", TEXT, "tt.title"),
                        of("project_id", "Project id", UUID, "te.project_id"),
                        of("project_code", "Project", TEXT, "tep.code"),
                        of("member_id", "Member id", UUID, "te.member_id"),
                        of("member_name", "Member", TEXT, "tm.full_name"),
                        of("work_date", "Date", DATE, "te.work_date"),
                        of("minutes", "Minutes", INTEGER, "te.minutes"),
                        of("hours", "Hours", DECIMAL, "round(te.minutes / 60.0, 2)"),
                        of("billable", "Billable", BOOLEAN, "te.billable"),
                        of("note", "Note", TEXT, "te.note"),
                        money("hourly_cost", "Hourly cost", "te.hourly_cost", "te.rate_currency")
                                .asFinancial(),
                        money("billable_rate", "Billable rate", "te.billable_rate", "te.rate_currency")
                                .asFinancial(),
                        // Rounded half-up per entry, as the project budget counts logged time.
                        money("cost", "Cost", "round(te.minutes * te.hourly_cost / 60, 2)", "te.rate_currency")
                                .asFinancial(),
                        of("currency", "Currency", TEXT, "te.rate_currency")),
                List.of(
                        "id",
                        "work_date",
                        "project_code",
                        "task_title",
                        "member_name",
                        "minutes",
                        "hours",
                        "billable",
                        "hourly_cost",
                        "billable_rate",
                        "cost",
                        "currency",
                        "note"));
    }

    private static EntityDefinition expenses() {
        return EntityDefinition.of(
                "expenses",
                "accounting_expenses e LEFT JOIN projects ep ON ep.id = e.project_id"
                        + " JOIN team_members es ON es.id = e.submitted_by",
                "TRUE",
                "e.expense_date, e.id",
                Visibility.Rule.EXPENSES,
                "e.project_id",
                "e.submitted_by",
                List.of(
                        of("id", "Id", UUID, "e.id"),
                        of("date", "Date", DATE, "e.expense_date"),
                        enumOf(
                                "category",
                                "Category",
                                "e.category",
                                "crew",
                                "equipment_rental",
                                "location",
                                "travel",
                                "catering",
                                "post_production",
                                "software",
                                "marketing",
                                "office",
                                "other"),
                        of("description", "Description", TEXT, "e.description"),
                        of("vendor", "Vendor", TEXT, "e.vendor"),
                        money("amount", "Amount", "e.amount", "e.currency"),
                        money("tax_amount", "Tax", "e.tax_amount", "e.currency"),
                        money("net_amount", "Net", "(e.amount - e.tax_amount)", "e.currency"),
                        of("currency", "Currency", TEXT, "e.currency"),
                        enumOf("status", "Status", "e.status", "pending", "approved", "rejected", "paid"),
                        of("billable", "Billable", BOOLEAN, "e.billable"),
                        of("project_id", "Project id", UUID, "e.project_id"),
                        of("project_code", "Project", TEXT, "ep.code"),
                        of("submitted_by", "Submitted by id", UUID, "e.submitted_by"),
                        of("submitted_by_name", "Submitted by", TEXT, "es.full_name"),
                        of("approved_at", "Approved", TIMESTAMP, "e.approved_at"),
                        of("paid_at", "Paid", TIMESTAMP, "e.paid_at"),
                        of("created_at", "Created", TIMESTAMP, "e.created_at")),
                List.of(
                        "id",
                        "date",
                        "category",
                        "description",
                        "vendor",
                        "amount",
                        "tax_amount",
                        "net_amount",
                        "currency",
                        "status",
                        "billable",
                        "project_code",
                        "submitted_by_name",
                        "approved_at",
                        "paid_at"));
    }

    private static EntityDefinition income() {
        return EntityDefinition.of(
                "income",
                "accounting_income i LEFT JOIN projects ip ON ip.id = i.project_id"
                        + " LEFT JOIN contacts ic ON ic.id = i.client_id",
                "TRUE",
                "COALESCE(i.received_date, i.expected_date), i.id",
                Visibility.Rule.FINANCIAL,
                "i.project_id",
                null,
                List.of(
                        of("id", "Id", UUID, "i.id"),
                        of("date", "Date", DATE, "COALESCE(i.received_date, i.expected_date)"),
                        enumOf("source", "Source", "i.source", "invoice_payment", "retainer", "other"),
                        of("description", "Description", TEXT, "i.description"),
                        money("amount", "Amount", "i.amount", "i.currency"),
                        of("currency", "Currency", TEXT, "i.currency"),
                        enumOf("status", "Status", "i.status", "expected", "received"),
                        of("expected_date", "Expected", DATE, "i.expected_date"),
                        of("received_date", "Received", DATE, "i.received_date"),
                        of("project_id", "Project id", UUID, "i.project_id"),
                        of("project_code", "Project", TEXT, "ip.code"),
                        of("client_id", "Client id", UUID, "i.client_id"),
                        of("client_name", "Client", TEXT, "ic.display_name"),
                        of("invoice_id", "Invoice id", UUID, "i.invoice_id"),
                        of("created_at", "Created", TIMESTAMP, "i.created_at")),
                List.of(
                        "id",
                        "date",
                        "source",
                        "description",
                        "amount",
                        "currency",
                        "status",
                        "expected_date",
                        "received_date",
                        "project_code",
                        "client_name"));
    }

    private static EntityDefinition invoices() {
        return EntityDefinition.of(
                "invoices",
                "accounting_invoices inv LEFT JOIN projects invp ON invp.id = inv.project_id",
                "TRUE",
                "inv.issue_date NULLS LAST, inv.number, inv.id",
                Visibility.Rule.FINANCIAL,
                "inv.project_id",
                null,
                List.of(
                        of("id", "Id", UUID, "inv.id"),
                        of("number", "Number", TEXT, "inv.number"),
                        enumOf("kind", "Kind", "inv.kind", "invoice", "credit_note"),
                        enumOf(
                                "status",
                                "Status",
                                "inv.status",
                                "draft",
                                "issued",
                                "sent",
                                "partially_paid",
                                "paid",
                                "credited",
                                "void"),
                        of("client_id", "Client id", UUID, "inv.client_id"),
                        of("client_name", "Client", TEXT, "inv.client_name"),
                        of("project_id", "Project id", UUID, "inv.project_id"),
                        of("project_code", "Project", TEXT, "invp.code"),
                        of("issue_date", "Issued", DATE, "inv.issue_date"),
                        of("due_date", "Due", DATE, "inv.due_date"),
                        money("subtotal", "Subtotal", "inv.subtotal", "inv.currency"),
                        money("tax_total", "Tax", "inv.tax_total", "inv.currency"),
                        money("total", "Total", "inv.total", "inv.currency"),
                        money("amount_paid", "Paid", "inv.amount_paid", "inv.currency"),
                        money("amount_credited", "Credited", "inv.amount_credited", "inv.currency"),
                        of("currency", "Currency", TEXT, "inv.currency"),
                        of("created_at", "Created", TIMESTAMP, "inv.created_at")),
                List.of(
                        "id",
                        "number",
                        "kind",
                        "status",
                        "client_name",
                        "project_code",
                        "issue_date",
                        "due_date",
                        "subtotal",
                        "tax_total",
                        "total",
                        "amount_paid",
                        "currency"));
    }
}
