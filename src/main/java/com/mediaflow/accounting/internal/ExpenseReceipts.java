package com.mediaflow.accounting.internal;

import com.mediaflow.files.FileAttachments;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts of expenses, kept by the files module as files of the record type {@code expense} (see
 * {@link ExpenseAttachments}). The newest receipt is the expense's {@code receipt_file_id}.
 */
@Service
public class ExpenseReceipts {

    private final ExpenseRepository expenses;
    private final ExpenseAttachments attachments;
    private final FileAttachments files;
    private final AuditLog audit;
    private final Clock clock;

    ExpenseReceipts(
            ExpenseRepository expenses,
            ExpenseAttachments attachments,
            FileAttachments files,
            AuditLog audit,
            Clock clock) {
        this.expenses = expenses;
        this.attachments = attachments;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the receipt through the files module (which checks who may) and makes it the expense's receipt. */
    @Transactional
    public ExpenseView attach(UUID expenseId, @Nullable String fileName, InputStream content, CurrentUser user) {
        attachments.requireWritable(user, expenseId);
        var stored = files.store(ExpenseAttachments.ENTITY_TYPE, expenseId, fileName, content, user);
        var expense = attachments.visible(user, expenseId);
        var before = ExpenseView.of(expense);
        expense.attachReceipt(stored.id(), clock.instant());
        expenses.flush();
        var after = ExpenseView.of(expense);
        audit.record("expense.receipt_attached", "expense", expenseId, before, after);
        return after;
    }
}
