package com.mediaflow.accounting.internal;

import com.mediaflow.projects.ProjectCostSource;
import com.mediaflow.shared.money.Money;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Approved and paid expenses as a cost of their project, tax included, one sum per currency. */
@Component
class ApprovedExpenseCosts implements ProjectCostSource {

    private final ExpenseRepository expenses;

    ApprovedExpenseCosts(ExpenseRepository expenses) {
        this.expenses = expenses;
    }

    @Override
    public String source() {
        return "expenses";
    }

    @Override
    public String description() {
        return "Approved and paid expenses, tax included";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Money> costsOf(UUID projectId) {
        return expenses.costsOf(projectId).stream().map(CurrencyAmount::money).toList();
    }
}
