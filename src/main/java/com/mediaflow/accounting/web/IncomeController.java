package com.mediaflow.accounting.web;

import com.mediaflow.accounting.internal.IncomeFilter;
import com.mediaflow.accounting.internal.IncomeLedger;
import com.mediaflow.accounting.internal.IncomeView;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accounting/income")
@Tag(name = "Income")
class IncomeController {

    private final IncomeLedger income;

    IncomeController(IncomeLedger income) {
        this.income = income;
    }

    @GetMapping
    @Operation(
            summary = "List income",
            description = "Those who may view financials see all income; producers the income of their own "
                    + "projects; others get 403. Filters: `source`, `status`, `project_id`, `client_id`, "
                    + "`invoice_id`, `date_from`/`date_to` (received date of received income, expected date of "
                    + "expected income; inclusive). Sortable by amount, received_date, expected_date, created_at.")
    PageResponse<IncomeView> list(
            @ParameterObject IncomeFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return income.list(filter, paging, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new income entry")
    @ApiResponse(responseCode = "404", description = "`project_id` names a project you may not see")
    @Operation(
            summary = "Record income",
            description = "Retainers and other income, by those who may view financials (403 otherwise). "
                    + "`source` is `retainer` or `other` (payments on invoices make their own entries). "
                    + "`received` income needs `received_date` (not in the future), `expected` income an "
                    + "`expected_date`. Honours `Idempotency-Key`: a retry with the same key and body returns "
                    + "the first response and records nothing new.")
    ResponseEntity<IncomeView> record(
            @Valid @RequestBody AccountingRequests.WriteIncome request, @AuthenticationPrincipal CurrentUser user) {
        var entry = income.record(request.details(), user);
        return ResponseEntity.created(URI.create("/api/accounting/income/" + entry.id()))
                .body(entry);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One income entry", description = "404 for an entry you may not see.")
    IncomeView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return income.get(id, user);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change an income entry",
            description = "Those who may view financials; not the entries of invoice payments (409 "
                    + "INVALID_STATE). A full update with the rules of recording; `version` is required.")
    IncomeView revise(
            @PathVariable UUID id,
            @Valid @RequestBody AccountingRequests.WriteIncome request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request.version() == null) {
            throw InvalidInputException.field("version", "is required");
        }
        return income.revise(id, request.details(), request.version(), user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete an income entry",
            description = "Those who may view financials; not the entries of invoice payments (409 INVALID_STATE).")
    void delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        income.delete(id, user);
    }

    @PatchMapping("/{id}/mark-received")
    @Operation(
            summary = "Mark expected income as received",
            description = "On `received_date` (default today, not in the future). 409 INVALID_STATE when it was "
                    + "already received.")
    IncomeView markReceived(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) AccountingRequests.MarkReceived request,
            @AuthenticationPrincipal CurrentUser user) {
        return income.markReceived(id, request == null ? null : request.receivedDate(), user);
    }
}
