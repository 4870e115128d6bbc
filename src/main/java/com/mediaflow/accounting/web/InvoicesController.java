package com.mediaflow.accounting.web;

import com.mediaflow.accounting.internal.CreditNotes;
import com.mediaflow.accounting.internal.InvoiceDelivery;
import com.mediaflow.accounting.internal.InvoiceDrafts;
import com.mediaflow.accounting.internal.InvoiceFilter;
import com.mediaflow.accounting.internal.InvoiceIssuing;
import com.mediaflow.accounting.internal.InvoicePdfs;
import com.mediaflow.accounting.internal.InvoiceView;
import com.mediaflow.accounting.internal.InvoiceVoiding;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accounting/invoices")
@Tag(name = "Invoices")
class InvoicesController {

    static final String TOTALS = "Totals are computed by the server from the items; totals a client sends are "
            + "ignored. The rounding rule, written once: each line's net amount is `quantity × unit_price × (100 − "
            + "discount_percent) / 100`, rounded half-up to the currency's minor unit (2 decimals for EUR, 0 for "
            + "JPY); its tax is `net × tax_rate / 100`, rounded half-up per line; `subtotal` and `tax_total` add "
            + "the rounded lines and `total = subtotal + tax_total`. `tax_summary` gives the net and tax of each "
            + "rate.";

    private final InvoiceDrafts drafts;
    private final InvoiceIssuing issuing;
    private final InvoiceDelivery delivery;
    private final InvoicePdfs pdfs;
    private final CreditNotes creditNotes;
    private final InvoiceVoiding voiding;

    InvoicesController(
            InvoiceDrafts drafts,
            InvoiceIssuing issuing,
            InvoiceDelivery delivery,
            InvoicePdfs pdfs,
            CreditNotes creditNotes,
            InvoiceVoiding voiding) {
        this.drafts = drafts;
        this.issuing = issuing;
        this.delivery = delivery;
        this.pdfs = pdfs;
        this.creditNotes = creditNotes;
        this.voiding = voiding;
    }

    @GetMapping
    @Operation(
            summary = "List invoices and credit notes",
            description = "Those who may view financials see all; producers those of the projects they manage or "
                    + "are on the crew of; others get 403. Filters: `status`, `kind` (invoice, credit_note), "
                    + "`client_id`, `project_id`, `overdue` (open, past its due date, with a balance), "
                    + "`issued_from`/`issued_to` (inclusive), `q` (number or client name). Sortable by number, "
                    + "issue_date, due_date, total, status, client_name, created_at; newest first by default.")
    PageResponse<InvoiceView> list(
            @ParameterObject InvoiceFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return drafts.list(filter, paging, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new draft")
    @ApiResponse(responseCode = "404", description = "`project_id` names a project you may not see")
    @Operation(
            summary = "Create a draft invoice",
            description = "By those who may view financials (403 otherwise). A draft has no number. `client_id` "
                    + "must be an existing contact; `project_id` a project you can see; `currency` defaults to "
                    + "the project's, else the studio's; `due_date` defaults at issue to the issue date plus the "
                    + "studio's payment terms. `items`: `quantity` > 0 (3 decimals), `unit_price` ≥ 0 (4 "
                    + "decimals), `tax_rate` and `discount_percent` 0–100 (default 0). `expense_ids` bills "
                    + "approved billable expenses of the same currency, each on one invoice only (409 "
                    + "INVALID_STATE otherwise): each becomes a line of its net amount at `expense_tax_rate`. "
                    + TOTALS + " Honours `Idempotency-Key`: a retry with the same key and body returns the first "
                    + "response and creates nothing new.")
    ResponseEntity<InvoiceView> create(
            @Valid @RequestBody AccountingRequests.WriteInvoice request, @AuthenticationPrincipal CurrentUser user) {
        var invoice = drafts.create(request.command(), user);
        return ResponseEntity.created(URI.create("/api/accounting/invoices/" + invoice.id()))
                .body(invoice);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One invoice or credit note",
            description =
                    "404 for one you may not see (including every invoice of a project you cannot see). " + TOTALS)
    InvoiceView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return drafts.get(id, user);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a draft",
            description = "Drafts only: an issued invoice is immutable (409 INVALID_STATE) and is corrected with "
                    + "a credit note. A full update with the rules of creating; `version` is required.")
    InvoiceView revise(
            @PathVariable UUID id,
            @Valid @RequestBody AccountingRequests.WriteInvoice request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request.version() == null) {
            throw InvalidInputException.field("version", "is required");
        }
        return drafts.revise(id, request.command(), request.version(), user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a draft",
            description = "Drafts only (409 INVALID_STATE once issued: void it or credit it instead). The "
                    + "expenses it billed may be billed again.")
    void delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        drafts.delete(id, user);
    }

    @PostMapping("/{id}/issue")
    @Operation(
            summary = "Issue a draft",
            description = "Gives it the next number of the studio's invoice prefix and the year, such as "
                    + "`INV-2026-0001`: sequential and gapless per year, safe under concurrent issuing. The issue "
                    + "date is today where the studio is; the due date defaults to it plus the payment terms. The "
                    + "PDF is rendered and archived right after. 409 INVALID_STATE for anything but a "
                    + "draft with at least one item, or a due date before today.")
    InvoiceView issue(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return issuing.issue(id, user);
    }

    @PostMapping("/{id}/send")
    @Operation(
            summary = "E-mail an issued invoice or credit note",
            description = "To `recipient_email`, or the client's e-mail address; with the archived PDF attached, "
                    + "a link to it in the front end and an optional personal `message`. An issued invoice "
                    + "becomes `sent`; sending again is allowed. 409 INVALID_STATE for drafts and void invoices.")
    InvoiceDelivery.Sent send(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) AccountingRequests.SendInvoice request,
            @AuthenticationPrincipal CurrentUser user) {
        return delivery.send(
                id,
                request == null ? null : request.recipientEmail(),
                request == null ? null : request.message(),
                user);
    }

    @GetMapping("/{id}/pdf")
    @Operation(
            summary = "The PDF",
            description = "A draft renders live with a DRAFT mark. An issued invoice or credit note is served "
                    + "from its archived copy, byte for byte what was issued and sent; `copy=current` renders it "
                    + "again with its current mark (PAID, VOID, CREDITED, CREDIT NOTE).",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The PDF",
                            content =
                                    @Content(
                                            mediaType = "application/pdf",
                                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID id,
            @Parameter(description = "`archived` (default) or `current`")
                    @RequestParam(name = "copy", required = false, defaultValue = "archived")
                    String copy,
            @AuthenticationPrincipal CurrentUser user) {
        InvoicePdfs.Copy which;
        try {
            which = InvoicePdfs.Copy.valueOf(copy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("copy", "must be archived or current");
        }
        var pdf = pdfs.pdf(id, which, user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(pdf.filename())
                                .build()
                                .toString())
                .body(pdf.content());
    }

    @PostMapping("/{id}/credit-note")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Issue a credit note",
            description = "Against an issued, sent or partially paid invoice, with a `reason`. Its `items` (the "
                    + "rules of invoice items) say what is credited; without items the whole invoice is credited, "
                    + "which is possible while nothing was paid or credited on it. It is issued at once in the "
                    + "studio's credit-note series (`CN-2026-0001`), references the invoice and reduces its "
                    + "balance; its total must be more than 0 and at most the balance due (409 INVALID_STATE "
                    + "otherwise). An invoice whose balance reaches 0 this way is `credited` (or `paid` when it "
                    + "was partly paid). " + TOTALS)
    ResponseEntity<InvoiceView> creditNote(
            @PathVariable UUID id,
            @Valid @RequestBody AccountingRequests.CreditNote request,
            @AuthenticationPrincipal CurrentUser user) {
        var note = creditNotes.credit(id, request.reason(), request.lines(), user);
        return ResponseEntity.created(URI.create("/api/accounting/invoices/" + note.id()))
                .body(note);
    }

    @PostMapping("/{id}/void")
    @Operation(
            summary = "Void an issued invoice",
            description = "An issued or sent invoice with no payments and no credit notes, with a `reason`. It "
                    + "keeps its number and no longer counts as receivable; its billed expenses may be billed "
                    + "again. 409 INVALID_STATE otherwise (a draft is deleted, a paid invoice is credited).")
    InvoiceView voidInvoice(
            @PathVariable UUID id,
            @Valid @RequestBody AccountingRequests.VoidInvoice request,
            @AuthenticationPrincipal CurrentUser user) {
        return voiding.voidInvoice(id, request.reason(), user);
    }
}
