package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.AccountingProperties;
import com.mediaflow.accounting.ExpenseApproved;
import com.mediaflow.accounting.ExpenseRejected;
import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.team.TeamDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the submitter of an expense that it was approved or rejected (and why), by e-mail, once
 * the decision is committed; members who switched these e-mails off are left alone.
 */
@Component
class ExpenseDecisionMails {

    private final ExpenseRepository expenses;
    private final TeamDirectory team;
    private final Mailer mailer;
    private final AccountingProperties properties;

    ExpenseDecisionMails(
            ExpenseRepository expenses, TeamDirectory team, Mailer mailer, AccountingProperties properties) {
        this.expenses = expenses;
        this.team = team;
        this.mailer = mailer;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ExpenseApproved event) {
        var submitter = team.findAccount(event.submittedBy());
        var approver = team.findAccount(event.approvedBy());
        var expense = expenses.findById(event.expenseId());
        if (submitter.isEmpty() || approver.isEmpty() || expense.isEmpty()) {
            return;
        }
        mailer.send(
                MailTemplate.EXPENSE_APPROVED,
                MailRecipient.member(submitter.get().id(), submitter.get().email()),
                new MailModels.ExpenseApproved(
                        submitter.get().fullName(),
                        event.description(),
                        event.amount(),
                        event.currency(),
                        expense.get().date(),
                        approver.get().fullName(),
                        properties.expenseLink(event.expenseId())));
    }

    @ApplicationModuleListener
    void on(ExpenseRejected event) {
        var submitter = team.findAccount(event.submittedBy());
        var approver = team.findAccount(event.rejectedBy());
        var expense = expenses.findById(event.expenseId());
        if (submitter.isEmpty() || approver.isEmpty() || expense.isEmpty()) {
            return;
        }
        mailer.send(
                MailTemplate.EXPENSE_REJECTED,
                MailRecipient.member(submitter.get().id(), submitter.get().email()),
                new MailModels.ExpenseRejected(
                        submitter.get().fullName(),
                        event.description(),
                        event.amount(),
                        event.currency(),
                        expense.get().date(),
                        approver.get().fullName(),
                        event.reason(),
                        properties.expenseLink(event.expenseId())));
    }
}
