package com.mediaflow.accounting.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpenseRepository extends JpaRepository<Expense, UUID>, JpaSpecificationExecutor<Expense> {

    long countByProjectId(UUID projectId);

    List<Expense> findByInvoiceId(UUID invoiceId);

    @Query("select e from Expense e where e.id in :ids order by e.date, e.id")
    List<Expense> findAllInOrder(@Param("ids") Collection<UUID> ids);

    /** The approved and paid expenses of a project, summed per currency. */
    @Query("select new com.mediaflow.accounting.internal.CurrencyAmount(e.currency, sum(e.amount))"
            + " from Expense e where e.projectId = :projectId"
            + " and e.status in (com.mediaflow.accounting.internal.ExpenseStatus.APPROVED,"
            + " com.mediaflow.accounting.internal.ExpenseStatus.PAID)"
            + " group by e.currency order by e.currency")
    List<CurrencyAmount> costsOf(@Param("projectId") UUID projectId);
}
