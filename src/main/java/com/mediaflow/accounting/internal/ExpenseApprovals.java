package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.ExpenseApproved;
import com.mediaflow.accounting.ExpenseRejected;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expense workflow, for those who may approve expenses (checked by the routes) and never on
 * their own expense (checked by {@link Expense}). Each step is audited and published as an event.
 */
@Service
public class ExpenseApprovals {

    private final Expenses expenses;
    private final ExpenseRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpenseApprovals(
            Expenses expenses,
            ExpenseRepository repository,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.expenses = expenses;
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ExpenseView approve(UUID id, CurrentUser approver) {
        var expense = expenses.findVisible(id, approver);
        var before = ExpenseView.of(expense);
        var now = clock.instant();
        expense.approve(approver.id(), now);
        var after = saved(expense);
        audit.record("expense.approved", "expense", id, before, after);
        events.publishEvent(new ExpenseApproved(
                id,
                expense.submittedBy(),
                approver.id(),
                expense.projectId(),
                after.amount(),
                expense.currency(),
                expense.description(),
                now));
        return after;
    }

    @Transactional
    public ExpenseView reject(UUID id, String reason, CurrentUser approver) {
        if (reason.isBlank()) {
            throw InvalidInputException.field("reason", "must say why the expense is rejected");
        }
        var expense = expenses.findVisible(id, approver);
        var before = ExpenseView.of(expense);
        var now = clock.instant();
        expense.reject(approver.id(), reason, now);
        var after = saved(expense);
        audit.record("expense.rejected", "expense", id, before, after);
        events.publishEvent(new ExpenseRejected(
                id,
                expense.submittedBy(),
                approver.id(),
                expense.projectId(),
                after.amount(),
                expense.currency(),
                expense.description(),
                reason.strip(),
                now));
        return after;
    }

    @Transactional
    public ExpenseView markPaid(UUID id, CurrentUser actor) {
        var expense = expenses.findVisible(id, actor);
        var before = ExpenseView.of(expense);
        expense.markPaid(actor.id(), clock.instant());
        var after = saved(expense);
        audit.record("expense.paid", "expense", id, before, after);
        return after;
    }

    private ExpenseView saved(Expense expense) {
        repository.flush();
        return ExpenseView.of(expense);
    }
}
