package com.mediaflow.accounting.web;

import com.mediaflow.accounting.internal.ExpenseApprovals;
import com.mediaflow.accounting.internal.ExpenseFilter;
import com.mediaflow.accounting.internal.ExpenseList;
import com.mediaflow.accounting.internal.ExpenseReceipts;
import com.mediaflow.accounting.internal.ExpenseView;
import com.mediaflow.accounting.internal.Expenses;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/accounting/expenses")
@Tag(name = "Expenses")
class ExpensesController {

    private final Expenses expenses;
    private final ExpenseApprovals approvals;
    private final ExpenseReceipts receipts;
    private final RateLimiter rateLimiter;

    ExpensesController(
            Expenses expenses, ExpenseApprovals approvals, ExpenseReceipts receipts, RateLimiter rateLimiter) {
        this.expenses = expenses;
        this.approvals = approvals;
        this.receipts = receipts;
        this.rateLimiter = rateLimiter;
    }

    @PostMapping(path = "/{id}/receipt", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a receipt",
            description = "A multipart upload with the part `file` (a photo or PDF of the receipt; the type is read "
                    + "from the bytes and the size limits of the files module apply, 413/415 otherwise). By the "
                    + "expense's submitter or someone who approves expenses (403 otherwise); 404 for an expense "
                    + "you may not see. The file is kept by the files module (`GET /api/files?entity_type=expense"
                    + "&entity_id=...` lists every receipt) and becomes the expense's `receipt_file_id`. Counts "
                    + "against the uploads rate limit.")
    @ApiResponse(responseCode = "200", description = "The expense with its new receipt")
    @ApiResponse(responseCode = "413", description = "The file is larger than allowed")
    @ApiResponse(responseCode = "415", description = "The file's type is not allowed")
    ExpenseView attachReceipt(
            @PathVariable UUID id, @RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        rateLimiter.consume("uploads", rateLimiter.properties().uploads(), "member:" + user.id());
        try (var content = file.getInputStream()) {
            return receipts.attach(id, file.getOriginalFilename(), content, user);
        }
    }

    @GetMapping
    @Operation(
            summary = "List expenses",
            description = "Everyone sees the expenses they submitted; those who may view financials see all; "
                    + "producers also those of the projects they manage or are on the crew of. Filters: "
                    + "`project_id`, `category`, `status`, `submitted_by`, `date_from`, `date_to` (inclusive), "
                    + "`billable`, `currency`. `totals` sums every matching expense (not only this page), one "
                    + "entry per currency. Sortable by date (newest first by default), amount, category, status, "
                    + "vendor, created_at.")
    ExpenseList list(
            @ParameterObject ExpenseFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return expenses.list(filter, paging, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new expense")
    @ApiResponse(responseCode = "404", description = "`project_id` names a project you may not see")
    @Operation(
            summary = "Submit an expense",
            description = "Anyone submits their own expense; it starts `pending`. `amount` is what was paid, tax "
                    + "included, with the currency's decimals; `tax_amount` the tax within it (default 0, at most "
                    + "`amount`). `currency` defaults to the project's, else the studio's. `project_id` must be a "
                    + "project you can see (404 otherwise). `date` may not be in the future. `billable` (default "
                    + "false) lets an approved expense be billed on an invoice. Honours `Idempotency-Key`: a "
                    + "retry with the same key and body returns the first response and records nothing new.")
    ResponseEntity<ExpenseView> submit(
            @Valid @RequestBody AccountingRequests.SubmitExpense request, @AuthenticationPrincipal CurrentUser user) {
        var expense = expenses.submit(request.details(), user);
        return ResponseEntity.created(URI.create("/api/accounting/expenses/" + expense.id()))
                .body(expense);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One expense", description = "404 for an expense you may not see.")
    ExpenseView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return expenses.get(id, user);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Correct a pending expense",
            description = "Only its submitter, only while `pending` (409 INVALID_STATE after approval or "
                    + "rejection). A full update with the rules of submitting; send the `version` you read.")
    ExpenseView revise(
            @PathVariable UUID id,
            @Valid @RequestBody AccountingRequests.ReviseExpense request,
            @AuthenticationPrincipal CurrentUser user) {
        return expenses.revise(id, request.details(), request.version(), user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Withdraw a pending expense",
            description = "Only its submitter, only while `pending` (409 INVALID_STATE otherwise).")
    void delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        expenses.withdraw(id, user);
    }

    @PatchMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('can_approve_expenses')")
    @Operation(
            summary = "Approve a pending expense",
            description = "Never your own expense (403). Only a `pending` expense (409 INVALID_STATE otherwise). "
                    + "An approved expense counts as a cost of its project.")
    ExpenseView approve(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return approvals.approve(id, user);
    }

    @PatchMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('can_approve_expenses')")
    @Operation(
            summary = "Reject a pending expense",
            description = "With a `reason` the submitter is told. Never your own expense (403); only a `pending` "
                    + "one (409 INVALID_STATE otherwise).")
    ExpenseView reject(
            @PathVariable UUID id,
            @Valid @RequestBody AccountingRequests.RejectExpense request,
            @AuthenticationPrincipal CurrentUser user) {
        return approvals.reject(id, request.reason(), user);
    }

    @PatchMapping("/{id}/mark-paid")
    @PreAuthorize("hasAuthority('can_approve_expenses')")
    @Operation(
            summary = "Mark an approved expense as paid",
            description = "The submitter was reimbursed or the vendor paid. Only an `approved` expense (409 "
                    + "INVALID_STATE otherwise); never your own (403).")
    ExpenseView markPaid(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return approvals.markPaid(id, user);
    }
}
