package com.mediaflow.accounting.internal;

import com.mediaflow.files.FileDeleted;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When an expense's receipt file is deleted through the files module, the expense stops pointing at it. */
@Component
class RemovedReceipts {

    private final ExpenseRepository expenses;
    private final Clock clock;

    RemovedReceipts(ExpenseRepository expenses, Clock clock) {
        this.expenses = expenses;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FileDeleted event) {
        if (ExpenseAttachments.ENTITY_TYPE.equals(event.entityType())) {
            expenses.findById(event.entityId())
                    .ifPresent(expense -> expense.detachReceipt(event.fileId(), clock.instant()));
        }
    }
}
