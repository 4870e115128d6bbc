package com.mediaflow.accounting.internal;

import com.mediaflow.files.FileAttachments;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectDirectory;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting, reading, correcting and withdrawing expenses. Anyone submits their own; the list
 * shows what {@link AccountingAccess} lets the caller see, with totals per currency.
 */
@Service
public class Expenses {

    static final SortFields SORT = SortFields.builder()
            .field("date", "date")
            .field("amount", "amount")
            .field("category", "category")
            .field("status", "status")
            .field("vendor", "vendor")
            .field("created_at", "createdAt")
            .defaultSort(Sort.by(Sort.Order.desc("date"), Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final ExpenseRepository expenses;
    private final ExpenseQueries queries;
    private final AccountingAccess access;
    private final ProjectDirectory projects;
    private final OrganizationDirectory organization;
    private final AccountingCalendar calendar;
    private final FileAttachments files;
    private final AuditLog audit;
    private final Clock clock;

    Expenses(
            ExpenseRepository expenses,
            ExpenseQueries queries,
            AccountingAccess access,
            ProjectDirectory projects,
            OrganizationDirectory organization,
            AccountingCalendar calendar,
            FileAttachments files,
            AuditLog audit,
            Clock clock) {
        this.expenses = expenses;
        this.queries = queries;
        this.access = access;
        this.projects = projects;
        this.organization = organization;
        this.calendar = calendar;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExpenseList list(ExpenseFilter filter, Paging paging, CurrentUser viewer) {
        if (filter.dateFrom() != null
                && filter.dateTo() != null
                && filter.dateTo().isBefore(filter.dateFrom())) {
            throw InvalidInputException.field("date_to", "must be on or after date_from");
        }
        var page = expenses.findAll(queries.visible(filter, viewer), paging.pageable(SORT));
        var envelope = PageResponse.of(page, ExpenseView::of);
        return new ExpenseList(envelope.data(), envelope.pagination(), queries.totals(filter, viewer));
    }

    @Transactional(readOnly = true)
    public ExpenseView get(UUID id, CurrentUser viewer) {
        return ExpenseView.of(findVisible(id, viewer));
    }

    @Transactional
    public ExpenseView submit(ExpenseDetails details, CurrentUser submitter) {
        var checked = checked(details, submitter);
        var expense = expenses.saveAndFlush(Expense.submit(submitter.id(), checked, clock.instant()));
        var view = ExpenseView.of(expense);
        audit.record("expense.submitted", "expense", expense.id(), null, view);
        return view;
    }

    @Transactional
    public ExpenseView revise(UUID id, ExpenseDetails details, long version, CurrentUser actor) {
        var expense = findVisible(id, actor);
        expense.requireRevisableBy(actor.id());
        if (expense.version() != version) {
            throw ConflictException.staleVersion("Expense", version, expense.version());
        }
        var before = ExpenseView.of(expense);
        expense.revise(checked(details, actor), actor.id(), clock.instant());
        expenses.flush();
        var after = ExpenseView.of(expense);
        audit.record("expense.updated", "expense", id, before, after);
        return after;
    }

    @Transactional
    public void withdraw(UUID id, CurrentUser actor) {
        var expense = findVisible(id, actor);
        expense.requireWithdrawable(actor.id());
        var before = ExpenseView.of(expense);
        files.deleteAllOf(ExpenseAttachments.ENTITY_TYPE, id);
        expenses.delete(expense);
        expenses.flush();
        audit.record("expense.deleted", "expense", id, before, null);
    }

    Expense findVisible(UUID id, CurrentUser viewer) {
        var expense = expenses.findById(id).orElseThrow(() -> NotFoundException.of("Expense", id));
        if (!access.canSee(viewer, expense)) {
            throw NotFoundException.of("Expense", id);
        }
        return expense;
    }

    /** The project must be one the submitter can see; the currency defaults to the project's, then the studio's. */
    private ExpenseDetails checked(ExpenseDetails details, CurrentUser submitter) {
        String fallback = organization.current().defaultCurrency();
        if (details.projectId() != null) {
            access.requireProjectVisible(submitter, details.projectId());
            fallback = projects.find(details.projectId())
                    .map(project -> project.currency())
                    .orElse(fallback);
        }
        var code = details.currency() == null ? fallback : details.currency();
        var currency = Amounts.currency("currency", code);
        var amount = Amounts.exact("amount", details.amount(), currency);
        var tax = Amounts.exact("tax_amount", details.taxAmount(), currency);
        if (tax.compareTo(amount) > 0) {
            throw InvalidInputException.field(
                    "tax_amount", "is the tax within amount, so it cannot be more than amount");
        }
        if (details.date().isAfter(calendar.today())) {
            throw InvalidInputException.field("date", "cannot be in the future");
        }
        return details.withCurrency(code);
    }
}
