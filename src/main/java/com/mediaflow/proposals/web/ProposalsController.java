package com.mediaflow.proposals.web;

import com.mediaflow.proposals.internal.ProposalActivityView;
import com.mediaflow.proposals.internal.ProposalFilter;
import com.mediaflow.proposals.internal.ProposalSending;
import com.mediaflow.proposals.internal.ProposalService;
import com.mediaflow.proposals.internal.ProposalView;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals")
@Tag(name = "Proposals")
class ProposalsController {

    static final String PERMISSION = "hasAuthority('can_send_proposals')";
    static final String TOTALS = "Totals are computed by the server: each item's `net_amount = quantity × "
            + "unit_price` and `tax_amount = net_amount × tax_rate / 100`, each rounded half-up to the currency's "
            + "minor unit once per line; `subtotal`, `tax_total` and `total` add the items that count (optional "
            + "items only when `selected`). `deposit_amount` is `deposit_percent` % of `total`, rounded the same "
            + "way. `revision` is the version of the proposal (1, 2, ...); `version` is the edit version sent back "
            + "on PUT.";

    private final ProposalService proposals;
    private final ProposalSending sending;

    ProposalsController(ProposalService proposals, ProposalSending sending) {
        this.proposals = proposals;
        this.sending = sending;
    }

    @GetMapping
    @PreAuthorize(PERMISSION)
    @Operation(
            summary = "List proposals",
            description = "The current version of each proposal (superseded versions only with "
                    + "`status=superseded`), deleted drafts never. Filters: `status`, `client_id`, `lead_id`, `q` "
                    + "(number or title), `created_from`/`created_to` (creation day, UTC, inclusive). Sortable by "
                    + "number, title, status, total, valid_until, created_at, updated_at; newest first by default. "
                    + TOTALS)
    PageResponse<ProposalView> list(@ParameterObject ProposalFilter filter, @ParameterObject Paging paging) {
        return proposals.list(filter, paging);
    }

    @PostMapping
    @PreAuthorize(PERMISSION)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new draft")
    @Operation(
            summary = "Create a draft proposal",
            description = "Numbered at once with the studio's proposal prefix and the year where the studio is "
                    + "(`PROP-2026-0001`): sequential and gapless per prefix and year (a deleted draft keeps its "
                    + "number). `client_id` (a contact) or `lead_id` (a lead), not both. `items`: `quantity` > 0 "
                    + "(3 decimals), `unit_price` ≥ 0 (4 decimals), `tax_rate` 0-100 (default 0), `optional` "
                    + "(default false), `section` to group them. " + TOTALS)
    ResponseEntity<ProposalView> create(
            @Valid @RequestBody ProposalRequests.WriteProposal request, @AuthenticationPrincipal CurrentUser user) {
        var proposal = proposals.create(request.command(), user);
        return ResponseEntity.created(URI.create("/api/proposals/" + proposal.id()))
                .body(proposal);
    }

    @GetMapping("/{id}")
    @PreAuthorize(PERMISSION)
    @Operation(summary = "One version of a proposal", description = TOTALS)
    ProposalView get(@PathVariable UUID id) {
        return proposals.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(PERMISSION)
    @Operation(
            summary = "Change a draft",
            description = "Drafts only: once sent a proposal is frozen (409 INVALID_STATE; revise it to make a "
                    + "new version). The rules of creating; `version` is required; `items` replaces all items "
                    + "when given and keeps them when left out.")
    ProposalView update(
            @PathVariable UUID id,
            @Valid @RequestBody ProposalRequests.WriteProposal request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request.version() == null) {
            throw InvalidInputException.field("version", "is required");
        }
        return proposals.update(id, request.command(), request.version(), user);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(PERMISSION)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a draft",
            description = "Drafts only (409 INVALID_STATE otherwise). Its number is not given out again.")
    void delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        proposals.delete(id, user);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize(PERMISSION)
    @Operation(
            summary = "Send a proposal to the client",
            description = "E-mails the client (`recipient_email`, default the client's or lead's address) a link "
                    + "to the public page, `<public url>/p/{token}`, with an optional personal `message`. The token "
                    + "is 256 random bits, stored hashed only. Sending again hands out a new link and the earlier "
                    + "one stops working. A draft becomes `sent`; a lead the proposal is for moves to "
                    + "`proposal_sent`. Only the newest version can be sent; 409 INVALID_STATE for a superseded or "
                    + "decided proposal, one without items that are not optional, or one whose `valid_until` "
                    + "has passed.")
    ProposalSending.Sent send(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ProposalRequests.SendProposal request,
            @AuthenticationPrincipal CurrentUser user) {
        return sending.send(
                id,
                request == null ? null : request.recipientEmail(),
                request == null ? null : request.message(),
                user);
    }

    @PostMapping("/{id}/duplicate")
    @PreAuthorize(PERMISSION)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new draft")
    @Operation(
            summary = "Duplicate a proposal",
            description = "A new draft with the next number and this version's content (optional items "
                    + "unselected again), owned by you. Any version can be duplicated.")
    ResponseEntity<ProposalView> duplicate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        var copy = proposals.duplicate(id, user);
        return ResponseEntity.created(URI.create("/api/proposals/" + copy.id())).body(copy);
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize(PERMISSION)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new version")
    @Operation(
            summary = "Start a new version",
            description = "A draft with the same number and the next `revision`, copied from this version, which "
                    + "becomes `superseded`: read-only, listed under `/revisions`, and its link stops working. Only "
                    + "the newest, undecided version can be revised (409 INVALID_STATE otherwise).")
    ResponseEntity<ProposalView> revise(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        var next = proposals.revise(id, user);
        return ResponseEntity.created(URI.create("/api/proposals/" + next.id())).body(next);
    }

    @GetMapping("/{id}/revisions")
    @PreAuthorize(PERMISSION)
    @Operation(
            summary = "All versions of a proposal",
            description = "Every version of this proposal's number, newest first.")
    List<ProposalView> revisions(@PathVariable UUID id) {
        return proposals.revisions(id);
    }

    @GetMapping("/{id}/activities")
    @PreAuthorize(PERMISSION)
    @Operation(
            summary = "The proposal's timeline",
            description = "Everything that happened to any version of this proposal, newest first: created, "
                    + "updated, sent, viewed (the first and later views), revised, duplicated, accepted, rejected, "
                    + "signed, expired, deleted, project_linked.")
    PageResponse<ProposalActivityView> activities(@PathVariable UUID id, @ParameterObject Paging paging) {
        return proposals.activities(id, paging);
    }

    @GetMapping("/{id}/pdf")
    @PreAuthorize(PERMISSION)
    @Operation(
            summary = "The PDF",
            description = "The studio's branding, the sections with optional items marked, totals and terms; a "
                    + "draft carries a DRAFT mark. Once accepted or signed the last page is the signature "
                    + "certificate: signer, e-mail, time, IP address, browser, signature and the SHA-256 of the "
                    + "version's content.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The PDF",
                            content =
                                    @Content(
                                            mediaType = "application/pdf",
                                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var pdf = proposals.pdf(id);
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
}
