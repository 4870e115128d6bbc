package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The expenses a member may see that match a filter, and their totals per currency. */
@Component
class ExpenseQueries {

    private final AccountingAccess access;
    private final EntityManager entityManager;

    ExpenseQueries(AccountingAccess access, EntityManager entityManager) {
        this.access = access;
        this.entityManager = entityManager;
    }

    Specification<Expense> visible(ExpenseFilter filter, CurrentUser viewer) {
        var scope = access.seesAll(viewer) ? null : access.scope(viewer);
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (scope != null && !scope.unrestricted()) {
                // Their own expenses, and those of the projects whose money they may see.
                var own = cb.equal(root.get("submittedBy"), viewer.id());
                predicates.add(
                        scope.projectIds().isEmpty()
                                ? own
                                : cb.or(own, root.get("projectId").in(scope.projectIds())));
            }
            if (filter.projectId() != null) {
                predicates.add(cb.equal(root.get("projectId"), filter.projectId()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.submittedBy() != null) {
                predicates.add(cb.equal(root.get("submittedBy"), filter.submittedBy()));
            }
            if (filter.dateFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("date"), filter.dateFrom()));
            }
            if (filter.dateTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("date"), filter.dateTo()));
            }
            if (filter.billable() != null) {
                predicates.add(cb.equal(root.get("billable"), filter.billable()));
            }
            if (filter.currency() != null) {
                predicates.add(cb.equal(root.get("currency"), filter.currency()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** One row per currency over every matching expense, summed by the database. */
    List<ExpenseList.Totals> totals(ExpenseFilter filter, CurrentUser viewer) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Expense.class);
        var predicate = visible(filter, viewer).toPredicate(root, query, cb);
        query.multiselect(
                root.get("currency"),
                cb.count(root),
                cb.sum(root.<BigDecimal>get("amount")),
                cb.sum(root.<BigDecimal>get("taxAmount")));
        if (predicate != null) {
            query.where(predicate);
        }
        query.groupBy(root.get("currency"));
        query.orderBy(cb.asc(root.get("currency")));
        List<ExpenseList.Totals> totals = new ArrayList<>();
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            var currency = row.get(0, String.class);
            var amount = Money.of(row.get(2, BigDecimal.class), currency);
            var tax = Money.of(row.get(3, BigDecimal.class), currency);
            totals.add(new ExpenseList.Totals(
                    currency,
                    row.get(1, Long.class),
                    amount.amount(),
                    tax.amount(),
                    amount.minus(tax).amount()));
        }
        return totals;
    }
}
