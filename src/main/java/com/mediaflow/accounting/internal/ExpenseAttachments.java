package com.mediaflow.accounting.internal;

import com.mediaflow.files.AttachmentOwner;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of the record type {@code expense} (its receipts): as visible as the expense; attached by
 * its submitter and by those who approve expenses.
 */
@Component
class ExpenseAttachments implements AttachmentOwner {

    static final String ENTITY_TYPE = "expense";

    private final ExpenseRepository expenses;
    private final AccountingAccess access;

    ExpenseAttachments(ExpenseRepository expenses, AccountingAccess access) {
        this.expenses = expenses;
        this.access = access;
    }

    @Override
    public String entityType() {
        return ENTITY_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public void requireReadable(CurrentUser user, UUID expenseId) {
        visible(user, expenseId);
    }

    @Override
    @Transactional(readOnly = true)
    public void requireWritable(CurrentUser user, UUID expenseId) {
        var expense = visible(user, expenseId);
        if (!expense.isSubmittedBy(user.id()) && !user.has(Permission.CAN_APPROVE_EXPENSES)) {
            throw ForbiddenException.because(
                    "A receipt is attached by the expense's submitter or by someone who approves expenses");
        }
    }

    Expense visible(CurrentUser user, UUID expenseId) {
        var expense = expenses.findById(expenseId).orElseThrow(() -> NotFoundException.of("Expense", expenseId));
        if (!access.canSee(user, expense)) {
            throw NotFoundException.of("Expense", expenseId);
        }
        return expense;
    }
}
