package com.mediaflow.accounting.internal;

import com.mediaflow.projects.ProjectDependents;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A project with expenses, invoices or income is not deleted: its money stays attached to it. */
@Configuration(proxyBeanMethods = false)
class ProjectAccountingRecords {

    @Bean
    ProjectDependents projectExpenses(ExpenseRepository expenses) {
        return dependent("expenses", expenses::countByProjectId);
    }

    @Bean
    ProjectDependents projectInvoices(InvoiceRepository invoices) {
        return dependent("invoices", invoices::countByProjectId);
    }

    @Bean
    ProjectDependents projectIncome(IncomeRepository income) {
        return dependent("income entries", income::countByProjectId);
    }

    private static ProjectDependents dependent(String kind, java.util.function.ToLongFunction<UUID> count) {
        return new ProjectDependents() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public long countFor(UUID projectId) {
                return count.applyAsLong(projectId);
            }
        };
    }
}
