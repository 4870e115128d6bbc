package com.mediaflow.accounting.web;

import com.mediaflow.accounting.internal.InvoicePayments;
import com.mediaflow.accounting.internal.PaymentMethod;
import com.mediaflow.accounting.internal.PaymentView;
import com.mediaflow.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accounting/invoices/{id}")
@Tag(name = "Invoices")
class InvoicePaymentsController {

    private final InvoicePayments payments;

    InvoicePaymentsController(InvoicePayments payments) {
        this.payments = payments;
    }

    /** The payments of one invoice, oldest first. */
    record PaymentList(List<PaymentView> data) {}

    @GetMapping("/payments")
    @Operation(
            summary = "Payments of an invoice",
            description = "Oldest first, each with the income entry it made. Who may see the invoice may see them.")
    PaymentList list(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return new PaymentList(payments.list(id, user));
    }

    @GetMapping("/payments/{paymentId}")
    @Operation(summary = "One payment of an invoice")
    PaymentView get(@PathVariable UUID id, @PathVariable UUID paymentId, @AuthenticationPrincipal CurrentUser user) {
        return payments.get(id, paymentId, user);
    }

    @PostMapping("/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a payment",
            description = "By those who may view financials, on an issued, sent or partially paid invoice (409 "
                    + "INVALID_STATE otherwise). `amount` more than 0 with the currency's decimals and at most the "
                    + "balance due (an over-payment is a 409 INVALID_STATE with `balance_due`); `date` defaults to "
                    + "today, not in the future nor before the issue date; `method` bank_transfer, card, cash, "
                    + "cheque, paypal or other; `reference` optional. The invoice becomes `partially_paid` or "
                    + "`paid`, and exactly one received income entry is made. Honours `Idempotency-Key`: a retry "
                    + "with the same key and body returns the first response and records no second payment.")
    ResponseEntity<PaymentView> record(
            @PathVariable UUID id,
            @Valid @RequestBody AccountingRequests.RecordPayment request,
            @AuthenticationPrincipal CurrentUser user) {
        var payment =
                payments.record(id, request.amount(), request.date(), request.method(), request.reference(), user);
        return ResponseEntity.created(URI.create("/api/accounting/invoices/" + id + "/payments/" + payment.id()))
                .body(payment);
    }

    @PatchMapping("/mark-paid")
    @Operation(
            summary = "Mark an invoice as paid",
            description = "Records one payment of the whole balance due (same rules as recording a payment; "
                    + "`method` defaults to bank_transfer).")
    PaymentView markPaid(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) AccountingRequests.MarkPaid request,
            @AuthenticationPrincipal CurrentUser user) {
        return payments.markPaid(
                id,
                request == null ? null : request.date(),
                request == null || request.method() == null ? PaymentMethod.BANK_TRANSFER : request.method(),
                request == null ? null : request.reference(),
                user);
    }
}
