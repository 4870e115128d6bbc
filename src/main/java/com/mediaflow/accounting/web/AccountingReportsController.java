package com.mediaflow.accounting.web;

import com.mediaflow.accounting.internal.FinancialReports;
import com.mediaflow.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accounting")
@Tag(name = "Accounting figures")
class AccountingReportsController {

    private static final String RULES = " For the days `from` to `to` (inclusive; default from the first of this year "
            + "to today; at most ten years). Those who may view financials see the whole studio; producers the "
            + "money of the projects they manage or are on the crew of; others get 403. Every amount is per "
            + "currency (no conversion) and is the database sum of its rows: revenue = payments received on "
            + "invoices, by payment date; invoiced/credited = totals of issued invoices/credit notes (not void), "
            + "by issue date; other_income = received income that is not an invoice payment; expenses = approved "
            + "and paid expenses, tax included, by expense date. net_profit = revenue + other_income − expenses; "
            + "profit_margin = net_profit / (revenue + other_income) × 100, two decimals, null without income.";

    private final FinancialReports reports;

    AccountingReportsController(FinancialReports reports) {
        this.reports = reports;
    }

    @GetMapping("/dashboard")
    @Operation(
            summary = "Financial dashboard",
            description = "Headline figures per currency, and the receivables as of now: `outstanding` is what "
                    + "open invoices still owe, `overdue` the part past its due date; counts of open and overdue "
                    + "invoices and of pending expenses." + RULES)
    FinancialReports.Dashboard dashboard(
            @Parameter(description = "First day, inclusive") @RequestParam(required = false) @Nullable LocalDate from,
            @Parameter(description = "Last day, inclusive") @RequestParam(required = false) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.dashboard(from, to, user);
    }

    @GetMapping("/summary")
    @Operation(
            summary = "Financial summary",
            description = "Expenses by category (approved and paid) and by status (all), received income by "
                    + "source, and invoices issued in the period by status, each with the number of rows."
                    + RULES)
    FinancialReports.Summary summary(
            @Parameter(description = "First day, inclusive") @RequestParam(required = false) @Nullable LocalDate from,
            @Parameter(description = "Last day, inclusive") @RequestParam(required = false) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.summary(from, to, user);
    }

    @GetMapping("/profit-loss")
    @Operation(
            summary = "Profit and loss",
            description = "By month (`2026-03`) and currency, with expenses by category, and the totals of the "
                    + "period per currency." + RULES)
    FinancialReports.ProfitLoss profitLoss(
            @Parameter(description = "First day, inclusive") @RequestParam(required = false) @Nullable LocalDate from,
            @Parameter(description = "Last day, inclusive") @RequestParam(required = false) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.profitLoss(from, to, user);
    }
}
