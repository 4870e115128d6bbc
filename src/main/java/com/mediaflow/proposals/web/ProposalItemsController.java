package com.mediaflow.proposals.web;

import com.mediaflow.proposals.internal.ItemInput;
import com.mediaflow.proposals.internal.ProposalService;
import com.mediaflow.proposals.internal.ProposalView;
import com.mediaflow.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Proposals")
class ProposalItemsController {

    private static final String DRAFTS = "Drafts only: a sent proposal is frozen (409 INVALID_STATE; revise it). "
            + "Answers with the whole proposal, totals recomputed. " + ProposalsController.TOTALS;

    private final ProposalService proposals;

    ProposalItemsController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/api/proposals/{id}/items")
    @PreAuthorize(ProposalsController.PERMISSION)
    @Operation(summary = "The items of a proposal", description = "In order, with their computed amounts.")
    List<ProposalView.ItemView> list(@PathVariable UUID id) {
        return proposals.items(id);
    }

    @PostMapping("/api/proposals/{id}/items")
    @PreAuthorize(ProposalsController.PERMISSION)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Added; `Location` names the proposal")
    @Operation(
            summary = "Add an item",
            description = "At `position` (from 1; the items after it move down) or at the end. " + DRAFTS)
    ResponseEntity<ProposalView> add(
            @PathVariable UUID id, @Valid @RequestBody ItemInput item, @AuthenticationPrincipal CurrentUser user) {
        var proposal = proposals.addItem(id, item, user);
        return ResponseEntity.created(URI.create("/api/proposals/" + id)).body(proposal);
    }

    @PutMapping("/api/proposals/{proposal_id}/items/{item_id}")
    @PreAuthorize(ProposalsController.PERMISSION)
    @Operation(summary = "Change an item", description = "All its fields; `position` moves it. " + DRAFTS)
    ProposalView update(
            @PathVariable("proposal_id") UUID proposalId,
            @PathVariable("item_id") UUID itemId,
            @Valid @RequestBody ItemInput item,
            @AuthenticationPrincipal CurrentUser user) {
        return proposals.updateItem(proposalId, itemId, item, user);
    }

    @DeleteMapping("/api/proposals/{proposal_id}/items/{item_id}")
    @PreAuthorize(ProposalsController.PERMISSION)
    @Operation(summary = "Remove an item", description = "The items after it move up. " + DRAFTS)
    ProposalView remove(
            @PathVariable("proposal_id") UUID proposalId,
            @PathVariable("item_id") UUID itemId,
            @AuthenticationPrincipal CurrentUser user) {
        return proposals.removeItem(proposalId, itemId, user);
    }
}
