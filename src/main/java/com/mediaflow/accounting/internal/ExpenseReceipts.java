package com.mediaflow.accounting.internal;

import com.mediaflow.files.AttachmentOwner;
import com.mediaflow.files.FileAttachments;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.NotFoundException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts of expenses, kept by the files module as files of the record type {@code expense}. A
 * receipt is as visible as its expense; its submitter and those who approve expenses attach it.
 * The newest receipt is the expense's {@code receipt_file_id}.
 */
@Service
public class ExpenseReceipts implements AttachmentOwner {

    static final String ENTITY_TYPE = "expense";

    private final ExpenseRepository expenses;
    private final AccountingAccess access;
    private final FileAttachments files;
    private final AuditLog audit;
    private final Clock clock;

    ExpenseReceipts(
            ExpenseRepository expenses, AccountingAccess access, FileAttachments files, AuditLog audit, Clock clock) {
        this.expenses = expenses;
        this.access = access;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
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

    /** Stores the receipt through the files module and makes it the expense's receipt. */
    @Transactional
    public ExpenseView attach(UUID expenseId, @Nullable String fileName, InputStream content, CurrentUser user) {
        requireWritable(user, expenseId);
        var stored = files.store(ENTITY_TYPE, expenseId, fileName, content, user);
        var expense = visible(user, expenseId);
        var before = ExpenseView.of(expense);
        expense.attachReceipt(stored.id(), clock.instant());
        expenses.flush();
        var after = ExpenseView.of(expense);
        audit.record("expense.receipt_attached", "expense", expenseId, before, after);
        return after;
    }

    private Expense visible(CurrentUser user, UUID expenseId) {
        var expense = expenses.findById(expenseId).orElseThrow(() -> NotFoundException.of("Expense", expenseId));
        if (!access.canSee(user, expense)) {
            throw NotFoundException.of("Expense", expenseId);
        }
        return expense;
    }
}
