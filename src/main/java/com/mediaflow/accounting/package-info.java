/**
 * The studio's money: expenses and their approval, income, invoices with gapless numbers, credit
 * notes and payments, and the dashboard, summary and profit-and-loss figures computed from them.
 *
 * <p>Other modules learn what happened through the events of this package ({@link
 * com.mediaflow.accounting.InvoiceSent}, {@link com.mediaflow.accounting.ExpenseApproved}, ...);
 * approved expenses count as project cost through {@link com.mediaflow.projects.ProjectCostSource}.
 * Every amount is rounded by {@link com.mediaflow.shared.money.Money}, half-up to the currency's
 * minor unit, once per line.
 */
@ApplicationModule(displayName = "Accounting")
@NullMarked
package com.mediaflow.accounting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
