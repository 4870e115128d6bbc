package com.mediaflow.analytics.internal;

import com.mediaflow.accounting.ExpenseApproved;
import com.mediaflow.accounting.ExpenseRejected;
import com.mediaflow.accounting.IncomeChanged;
import com.mediaflow.accounting.InvoiceIssued;
import com.mediaflow.accounting.InvoicePaymentReceived;
import com.mediaflow.accounting.InvoiceVoided;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Bumps the organization's cache generation when data behind a figure changed. It runs right after
 * the change commits, in the same thread, so the response to the change is sent only once the old
 * figures are unreachable: the next dashboard shows the new payment. When Redis is unavailable the
 * short cache lifetime is the safety net (nothing is served from Redis while it is down anyway).
 */
@Component
class AnalyticsInvalidation {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsInvalidation.class);

    private final AnalyticsCache cache;

    AnalyticsInvalidation(AnalyticsCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(
            fallbackExecution = true,
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
                MemberDeactivated.class
            })
    void on(Object event) {
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
