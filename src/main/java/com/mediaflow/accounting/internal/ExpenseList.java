package com.mediaflow.accounting.internal;

import com.mediaflow.shared.web.PageResponse;
import java.math.BigDecimal;
import java.util.List;

/**
 * A page of expenses, and the totals of every expense that matches the filter (not only this
 * page), one per currency.
 */
public record ExpenseList(List<ExpenseView> data, PageResponse.Pagination pagination, List<Totals> totals) {

    /** The matching expenses of one currency: how many, their amounts, tax and net. */
    public record Totals(String currency, long count, BigDecimal amount, BigDecimal taxAmount, BigDecimal netAmount) {}
}
