package com.mediaflow.accounting.internal;

import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see which money, written once for the module. Those who may view financials see all of
 * it. Producers (who manage projects) see the money of the projects they manage or are on the
 * crew of, and nothing that belongs to no project. Everyone sees the expenses they submitted.
 * Something that belongs to a project the caller may not see does not exist for them (404).
 */
@Component
class AccountingAccess {

    private final ProjectAccess projects;

    AccountingAccess(ProjectAccess projects) {
        this.projects = projects;
    }

    boolean seesAll(CurrentUser user) {
        return user.has(Permission.CAN_VIEW_FINANCIALS);
    }

    /** The financial routes (invoices, income, figures): 403 for those who see no project's money. */
    void requireFinancials(CurrentUser user) {
        if (!seesAll(user) && !user.has(Permission.CAN_MANAGE_PROJECTS)) {
            throw ForbiddenException.because(
                    "Financial figures are shown to those who may view financials, and to producers for their"
                            + " own projects");
        }
    }

    /** Changing invoices and income: only those who may view all financials. */
    void requireBookkeeper(CurrentUser user) {
        if (!seesAll(user)) {
            throw ForbiddenException.because("Only those who may view financials may change invoices and income");
        }
    }

    /** The projects whose money the caller may see. */
    ProjectScope scope(CurrentUser user) {
        return projects.financialsVisibleTo(user);
    }

    /** Whether money that belongs to {@code projectId} (or to no project) is visible to the caller. */
    boolean canSeeMoneyOf(CurrentUser user, @Nullable UUID projectId) {
        if (seesAll(user)) {
            return true;
        }
        return projectId != null && projects.canSeeFinancials(user, projectId);
    }

    boolean canSee(CurrentUser user, Expense expense) {
        return expense.isSubmittedBy(user.id()) || canSeeMoneyOf(user, expense.projectId());
    }

    void requireProjectVisible(CurrentUser user, UUID projectId) {
        projects.requireVisible(user, projectId);
    }
}
