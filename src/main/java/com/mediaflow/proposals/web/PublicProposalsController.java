package com.mediaflow.proposals.web;

import com.mediaflow.proposals.ProposalsProperties;
import com.mediaflow.proposals.internal.AcceptRequest;
import com.mediaflow.proposals.internal.ClientInfo;
import com.mediaflow.proposals.internal.PublicProposalService;
import com.mediaflow.proposals.internal.PublicProposalView;
import com.mediaflow.proposals.internal.RejectRequest;
import com.mediaflow.proposals.internal.SignRequest;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.security.SecretTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals/public/{token}")
@Tag(name = "Public proposals")
class PublicProposalsController {

    static final String LINK = "Public: the `token` from the link the client was e-mailed (`/p/{token}`) is the "
            + "credential. A link works while it is the newest one sent for the newest version of the proposal and "
            + "the proposal has not expired (`valid_until` is today or later where the studio is); otherwise, and "
            + "for any unknown token, the answer is the same 404. Rate limited per client IP and link "
            + "(`mediaflow.proposals.public-limit`, 60 per minute by default).";

    private final PublicProposalService service;
    private final RateLimiter limiter;
    private final ProposalsProperties properties;

    PublicProposalsController(PublicProposalService service, RateLimiter limiter, ProposalsProperties properties) {
        this.service = service;
        this.limiter = limiter;
        this.properties = properties;
    }

    /**
     * A beacon from the public page: time the page was visible.
     *
     * @param viewId the {@code view_id} the page was given when it opened
     * @param visibleMs milliseconds the page was visible since the last beacon
     */
    record VisibilityReport(
            @NotNull UUID viewId,
            @NotNull @Min(0) @Max(86_400_000) Long visibleMs) {}

    @GetMapping
    @Operation(
            summary = "Open a proposal (client)",
            description = LINK + " Records a view (first and last viewed, count); the proposal's owner is told "
                    + "about the first one. A decided proposal still opens, read-only (`actionable` false, "
                    + "`decision` filled in), until it expires. Totals count the optional items that are "
                    + "`selected`.")
    @ApiResponse(responseCode = "200", description = "The proposal as the client sees it")
    @ApiResponse(responseCode = "404", description = "The link is unknown, replaced, or expired")
    PublicProposalView open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var client = limit(token, request, response);
        return service.open(token, client);
    }

    @PostMapping("/views")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Report time on page (client)",
            description = LINK + " Adds `visible_ms` to the view `view_id`: each report counts at most "
                    + "`mediaflow.proposals.max-visible-millis` (30 minutes), and a view never more than the time "
                    + "since it was opened.")
    @ApiResponse(responseCode = "204", description = "Recorded")
    @ApiResponse(responseCode = "404", description = "The link is not valid, or `view_id` is no view of it")
    void views(
            @PathVariable String token,
            @Valid @RequestBody VisibilityReport report,
            HttpServletRequest request,
            HttpServletResponse response) {
        limit(token, request, response);
        service.recordVisibility(token, report.viewId(), report.visibleMs());
    }

    @PostMapping("/accept")
    @Operation(
            summary = "Accept a proposal (client)",
            description = LINK + " The client's `name` and `email` are kept with the time, IP address, browser "
                    + "and the SHA-256 of the version's content; status becomes `accepted`. "
                    + "`selected_optional_item_ids` chooses optional items when the studio allows it (400 "
                    + "otherwise, or for ids that are no optional item of it). The same acceptance by the "
                    + "same person again answers 200 with the same result; another decision after one was made is "
                    + "409 INVALID_STATE.")
    @ApiResponse(responseCode = "200", description = "Accepted (now or before, by the same person)")
    @ApiResponse(responseCode = "404", description = "The link is unknown, replaced, or expired")
    @ApiResponse(responseCode = "409", description = "The proposal was already decided otherwise")
    PublicProposalView accept(
            @PathVariable String token,
            @Valid @RequestBody AcceptRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        var client = limit(token, request, response);
        return service.accept(token, body, client);
    }

    @PostMapping("/reject")
    @Operation(
            summary = "Reject a proposal (client)",
            description = LINK + " With a `reason` (up to 2000 characters), `name` and `email`; status becomes "
                    + "`rejected`. Repeating the same rejection answers 200; another decision after one was made "
                    + "is 409 INVALID_STATE.")
    @ApiResponse(responseCode = "200", description = "Rejected (now or before, by the same person)")
    @ApiResponse(responseCode = "404", description = "The link is unknown, replaced, or expired")
    @ApiResponse(responseCode = "409", description = "The proposal was already decided otherwise")
    PublicProposalView reject(
            @PathVariable String token,
            @Valid @RequestBody RejectRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        var client = limit(token, request, response);
        return service.reject(token, body, client);
    }

    @PostMapping("/sign")
    @Operation(
            summary = "Sign a proposal (client)",
            description = LINK + " `signature_type` `drawn` needs `signature_image`, a "
                    + "`data:image/png;base64,...` URL of a real PNG (checked: PNG signature, decodes, at most 200 "
                    + "KB and 2000 × 1000 pixels); `typed` needs `typed_signature`. `consent` must be true. The "
                    + "evidence kept: signer name and e-mail, the signature, time, IP address, browser, and the "
                    + "SHA-256 of the canonical content of the exact version signed; the signed PDF ends with a "
                    + "signature certificate page showing them. Status becomes `signed`. The same signature by the "
                    + "same person again answers 200; another decision after one was made is 409 INVALID_STATE.")
    @ApiResponse(responseCode = "200", description = "Signed (now or before, by the same person)")
    @ApiResponse(responseCode = "404", description = "The link is unknown, replaced, or expired")
    @ApiResponse(responseCode = "409", description = "The proposal was already decided otherwise")
    PublicProposalView sign(
            @PathVariable String token,
            @Valid @RequestBody SignRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        var client = limit(token, request, response);
        return service.sign(token, body, client);
    }

    @GetMapping("/pdf")
    @Operation(
            summary = "Download the proposal as PDF (client)",
            description = LINK + " Once accepted or signed, its last page is the signature certificate.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The PDF, as an attachment named after the proposal's number",
                        content =
                                @Content(
                                        mediaType = "application/pdf",
                                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "404", description = "The link is unknown, replaced, or expired")
            })
    ResponseEntity<byte[]> pdf(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        limit(token, request, response);
        var pdf = service.pdf(token);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(service.number(token) + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/logo")
    @Operation(
            summary = "The studio's logo (client)",
            description = LINK + " The studio's PNG or JPEG logo for the public page; 404 when it has none.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The image",
                        content = {
                            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(responseCode = "404", description = "No logo, or the link is not valid")
            })
    ResponseEntity<byte[]> logo(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        limit(token, request, response);
        var logo = service.logo(token);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(logo.content());
    }

    /** Counts the request against the limit of this IP and link; the client's details for the evidence. */
    private ClientInfo limit(String token, HttpServletRequest request, HttpServletResponse response) {
        var ip = request.getRemoteAddr();
        limiter.consume("proposal-public", properties.publicLimit(), ip + ":" + SecretTokens.hash(token))
                .writeHeaders(response);
        return new ClientInfo(ip, request.getHeader(HttpHeaders.USER_AGENT));
    }
}
