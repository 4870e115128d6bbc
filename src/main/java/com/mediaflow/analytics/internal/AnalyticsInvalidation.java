package com.mediaflow.analytics.internal;

import com.mediaflow.accounting.ExpenseApproved;
import com.mediaflow.accounting.ExpenseRejected;
import com.mediaflow.accounting.IncomeChanged;
import com.mediaflow.accounting.InvoiceIssued;
import com.mediaflow.accounting.InvoicePaymentReceived;
import com.mediaflow.accounting.InvoiceVoided;
import com.mediaflow.organization.OrganizationSettingsChanged;
import com.mediaflow.projects.ProjectCreated;
import com.mediaflow.projects.ProjectDeleted;
import com.mediaflow.projects.ProjectDetailsChanged;
import com.mediaflow.projects.ProjectStatusChanged;
import com.mediaflow.projects.ProjectTeamMemberAdded;
import com.mediaflow.projects.ProjectTeamMemberRemoved;
import com.mediaflow.tasks.TaskAssigned;
import com.mediaflow.tasks.TaskChanged;
import com.mediaflow.tasks.TaskStatusChanged;
import com.mediaflow.tasks.TimeLogged;
import com.mediaflow.team.MemberDeactivated;
import com.mediaflow.team.MemberJoined;
import com.mediaflow.team.MemberUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bumps the organization's cache generation when data behind a figure changed. It runs right after
 * the change commits, in the same thread, so the response to the change is sent only once the old
 * figures are unreachable: the next dashboard shows the new payment.
 *
 * <p>A plain listener that registers an after-commit callback, not a transactional event listener:
 * those are recorded in the event publication registry, whose completion needs a second database
 * connection while the request still holds its own, which starves the pool under concurrent
 * writes. Bumping a Redis counter needs no database. Should the process die between the commit and
 * the bump, or Redis be unavailable, the short cache lifetime is the safety net.
 */
@Component
class AnalyticsInvalidation {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsInvalidation.class);

    private final AnalyticsCache cache;

    AnalyticsInvalidation(AnalyticsCache cache) {
        this.cache = cache;
    }

    @EventListener(
            classes = {
                InvoiceIssued.class,
                InvoicePaymentReceived.class,
                InvoiceVoided.class,
                ExpenseApproved.class,
                ExpenseRejected.class,
                IncomeChanged.class,
                ProjectCreated.class,
                ProjectDetailsChanged.class,
                ProjectStatusChanged.class,
                ProjectDeleted.class,
                ProjectTeamMemberAdded.class,
                ProjectTeamMemberRemoved.class,
                TaskChanged.class,
                TaskStatusChanged.class,
                TaskAssigned.class,
                TimeLogged.class,
                MemberDeactivated.class,
                MemberJoined.class,
                MemberUpdated.class,
                OrganizationSettingsChanged.class
            })
    void on(Object event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate(event);
                }
            });
        } else {
            invalidate(event);
        }
    }

    private void invalidate(Object event) {
        try {
            cache.invalidate();
        } catch (DataAccessException e) {
            log.warn(
                    "Could not invalidate cached analytics after {}: {}",
                    event.getClass().getSimpleName(),
                    e.getMessage());
        }
    }
}
