package com.mediaflow.accounting.internal;

import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectDirectory;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices before they are issued: created, changed and deleted as drafts by those who may view
 * financials. Approved billable expenses become lines of a draft ({@code expense_ids}), each on one
 * invoice at a time. Also the invoice list and single invoices for everyone who may see them.
 */
@Service
public class InvoiceDrafts {

    static final SortFields SORT = SortFields.builder()
            .field("number", "number")
            .field("issue_date", "issueDate")
            .field("due_date", "dueDate")
            .field("total", "total")
            .field("status", "status")
            .field("client_name", "clientName")
            .field("created_at", "createdAt")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final InvoiceRepository invoices;
    private final ExpenseRepository expenses;
    private final InvoiceFinder finder;
    private final AccountingAccess access;
    private final ContactDirectory contacts;
    private final ProjectDirectory projects;
    private final OrganizationDirectory organization;
    private final AccountingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    InvoiceDrafts(
            InvoiceRepository invoices,
            ExpenseRepository expenses,
            InvoiceFinder finder,
            AccountingAccess access,
            ContactDirectory contacts,
            ProjectDirectory projects,
            OrganizationDirectory organization,
            AccountingCalendar calendar,
            AuditLog audit,
            Clock clock) {
        this.invoices = invoices;
        this.expenses = expenses;
        this.finder = finder;
        this.access = access;
        this.contacts = contacts;
        this.projects = projects;
        this.organization = organization;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<InvoiceView> list(InvoiceFilter filter, Paging paging, CurrentUser viewer) {
        access.requireFinancials(viewer);
        if (filter.issuedFrom() != null
                && filter.issuedTo() != null
                && filter.issuedTo().isBefore(filter.issuedFrom())) {
            throw InvalidInputException.field("issued_to", "must be on or after issued_from");
        }
        var scope = access.scope(viewer);
        var pageable = paging.pageable(SORT);
        if (scope.isEmpty()) {
            return PageResponse.of(Page.<InvoiceView>empty(pageable));
        }
        var page = invoices.findAll(matching(filter, scope, calendar.today()), pageable);
        return PageResponse.of(page, finder::view);
    }

    @Transactional(readOnly = true)
    public InvoiceView get(UUID id, CurrentUser viewer) {
        return finder.view(finder.visible(id, viewer));
    }

    @Transactional
    public InvoiceView create(InvoiceCommand command, CurrentUser actor) {
        access.requireBookkeeper(actor);
        var draft = heading(command, actor);
        var invoice = Invoice.draft(draft, List.of(), actor.id(), clock.instant());
        invoice.revise(draft, lines(command, invoice, draft.currency()), clock.instant());
        invoices.saveAndFlush(invoice);
        var view = finder.view(invoice);
        audit.record("invoice.created", "invoice", invoice.id(), null, view);
        return view;
    }

    @Transactional
    public InvoiceView revise(UUID id, InvoiceCommand command, long version, CurrentUser actor) {
        var invoice = finder.changeable(id, actor);
        invoice.requireDeletable();
        if (invoice.version() != version) {
            throw ConflictException.staleVersion("Invoice", version, invoice.version());
        }
        var before = finder.view(invoice);
        var draft = heading(command, actor);
        releaseExpenses(invoice);
        invoice.revise(draft, lines(command, invoice, draft.currency()), clock.instant());
        invoices.flush();
        var after = finder.view(invoice);
        audit.record("invoice.updated", "invoice", id, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var invoice = finder.changeable(id, actor);
        invoice.requireDeletable();
        var before = finder.view(invoice);
        releaseExpenses(invoice);
        invoices.delete(invoice);
        invoices.flush();
        audit.record("invoice.deleted", "invoice", id, before, null);
    }

    /** Lets the expenses billed on {@code invoice} be billed again (its draft changed or went away, or it was voided). */
    void releaseExpenses(Invoice invoice) {
        var now = clock.instant();
        expenses.findByInvoiceId(invoice.id()).forEach(expense -> expense.unbill(invoice.id(), now));
        expenses.flush();
    }

    private InvoiceDraft heading(InvoiceCommand command, CurrentUser actor) {
        var client = contacts.find(command.clientId())
                .orElseThrow(() -> InvalidInputException.field("client_id", "must be an existing contact"));
        String fallback = organization.current().defaultCurrency();
        if (command.projectId() != null) {
            access.requireProjectVisible(actor, command.projectId());
            fallback = projects.find(command.projectId()).map(p -> p.currency()).orElse(fallback);
        }
        var code = command.currency() == null ? fallback : command.currency();
        Amounts.currency("currency", code);
        if (command.dueDate() != null && command.dueDate().isBefore(calendar.today())) {
            throw InvalidInputException.field("due_date", "cannot be in the past");
        }
        return new InvoiceDraft(
                client.id(),
                client.displayName(),
                client.email(),
                command.billingAddress(),
                command.projectId(),
                code,
                command.dueDate(),
                command.notes(),
                command.terms());
    }

    /** The written lines, then one line per billed expense: its net amount at {@code expense_tax_rate}. */
    private List<LineItem> lines(InvoiceCommand command, Invoice invoice, String currencyCode) {
        var currency = Amounts.currency("currency", currencyCode);
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            var item = command.items().get(i);
            if (!fits(item.unitPrice(), 4)) {
                throw InvalidInputException.field("items[" + i + "].unit_price", "must have at most 4 decimals");
            }
            lines.add(item);
        }
        var ids = new LinkedHashSet<>(command.expenseIds());
        if (ids.size() != command.expenseIds().size()) {
            throw InvalidInputException.field("expense_ids", "must not name an expense twice");
        }
        if (!ids.isEmpty()) {
            var found = expenses.findAllInOrder(ids);
            if (found.size() != ids.size()) {
                throw InvalidInputException.field("expense_ids", "must all be existing expenses");
            }
            var now = clock.instant();
            for (var expense : found) {
                expense.billOn(invoice.id(), currency.getCurrencyCode(), now);
                var net = expense.money().minus(expense.tax());
                lines.add(new LineItem(
                        describe(expense),
                        BigDecimal.ONE,
                        net.amount(),
                        command.expenseTaxRate(),
                        BigDecimal.ZERO,
                        expense.id()));
            }
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.field("items", "an invoice needs at least one item or billed expense");
        }
        return lines;
    }

    private static String describe(Expense expense) {
        var category = expense.category().value().replace('_', ' ');
        var text = Character.toUpperCase(category.charAt(0)) + category.substring(1) + ": " + expense.description();
        return expense.vendor() == null ? text : text + " (" + expense.vendor() + ")";
    }

    private static boolean fits(BigDecimal value, int decimals) {
        return value.stripTrailingZeros().scale() <= decimals;
    }

    private static Specification<Invoice> matching(InvoiceFilter filter, ProjectScope scope, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.unrestricted()) {
                predicates.add(root.get("projectId").in(scope.projectIds()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.clientId() != null) {
                predicates.add(cb.equal(root.get("clientId"), filter.clientId()));
            }
            if (filter.projectId() != null) {
                predicates.add(cb.equal(root.get("projectId"), filter.projectId()));
            }
            if (filter.issuedFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("issueDate"), filter.issuedFrom()));
            }
            if (filter.issuedTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("issueDate"), filter.issuedTo()));
            }
            if (filter.overdue() != null) {
                var balance = cb.diff(
                        cb.diff(root.<BigDecimal>get("total"), root.<BigDecimal>get("amountPaid")),
                        root.<BigDecimal>get("amountCredited"));
                var overdue = cb.and(
                        root.get("kind").in(InvoiceKind.INVOICE),
                        root.get("status").in(InvoiceStatus.OPEN),
                        cb.lessThan(root.get("dueDate"), today),
                        cb.greaterThan(balance, BigDecimal.ZERO));
                predicates.add(filter.overdue() ? overdue : cb.not(overdue));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                var pattern = "%"
                        + filter.q()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(cb.coalesce(root.get("number"), "")), pattern, '\\'),
                        cb.like(cb.lower(root.get("clientName")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** What a person sends to create or change a draft. */
    public record InvoiceCommand(
            UUID clientId,
            @Nullable UUID projectId,
            @Nullable LocalDate dueDate,
            @Nullable String currency,
            @Nullable String notes,
            @Nullable String terms,
            @Nullable String billingAddress,
            List<LineItem> items,
            List<UUID> expenseIds,
            BigDecimal expenseTaxRate) {}
}
