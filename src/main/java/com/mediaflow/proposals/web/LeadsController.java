package com.mediaflow.proposals.web;

import com.mediaflow.projects.ProjectType;
import com.mediaflow.proposals.internal.LeadCommand;
import com.mediaflow.proposals.internal.LeadConversion;
import com.mediaflow.proposals.internal.LeadFilter;
import com.mediaflow.proposals.internal.LeadService;
import com.mediaflow.proposals.internal.LeadStatus;
import com.mediaflow.proposals.internal.LeadView;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals/leads")
@Tag(name = "Leads")
class LeadsController {

    static final String PIPELINE = "The pipeline: `new → contacted → qualified → proposal_sent → won | lost`. A "
            + "lead may skip ahead and be lost from any open stage; a lost lead may be reopened (contacted, "
            + "qualified); `won` is final. Another move is 409 INVALID_STATE with the `allowed_transitions`.";

    private final LeadService leads;

    LeadsController(LeadService leads) {
        this.leads = leads;
    }

    /**
     * A lead to create or to replace.
     *
     * @param status on create the starting status (default {@code new}); on update the status to move to
     * @param estimatedValue what the deal may be worth, in {@code currency} (default the studio's)
     * @param ownerId the member who looks after the lead; default you
     * @param version required on update: the version read
     */
    record WriteLead(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) @Nullable String company,
            @Email @Size(max = 254) @Nullable String email,
            @Size(max = 50) @Nullable String phone,
            @Nullable LeadStatus status,

            @DecimalMin("0") @Digits(integer = 15, fraction = 3) @Nullable
            BigDecimal estimatedValue,

            @Size(min = 3, max = 3) @Nullable String currency,
            @Size(max = 100) @Nullable String source,
            @Nullable UUID ownerId,
            @Nullable LocalDate expectedCloseDate,
            @Size(max = 10_000) @Nullable String notes,
            @PositiveOrZero @Nullable Long version) {

        LeadCommand command() {
            return new LeadCommand(
                    name,
                    company,
                    email,
                    phone,
                    status,
                    estimatedValue,
                    currency,
                    source,
                    ownerId,
                    expectedCloseDate,
                    notes);
        }
    }

    /**
     * @param createProject also start a project for the new client
     * @param projectName its name; default the lead's company, else its name
     * @param projectType its type; default {@code other}
     */
    @Schema(name = "ConvertLead")
    record Convert(
            @Nullable Boolean createProject,
            @Size(max = 200) @Nullable String projectName,
            @Nullable ProjectType projectType) {}

    @GetMapping
    @PreAuthorize(ProposalsController.PERMISSION)
    @Operation(
            summary = "List leads",
            description = "Filters: `status`, `owner_id`, `source` (exact, any case), `q` (name, company or "
                    + "e-mail). Sortable by name, company, status, estimated_value, expected_close_date, "
                    + "created_at, updated_at; newest first by default.")
    PageResponse<LeadView> list(@ParameterObject LeadFilter filter, @ParameterObject Paging paging) {
        return leads.list(filter, paging);
    }

    @PostMapping
    @PreAuthorize(ProposalsController.PERMISSION)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the new lead")
    @Operation(summary = "Create a lead", description = PIPELINE)
    ResponseEntity<LeadView> create(@Valid @RequestBody WriteLead request, @AuthenticationPrincipal CurrentUser user) {
        var lead = leads.create(request.command(), user);
        return ResponseEntity.created(URI.create("/api/proposals/leads/" + lead.id()))
                .body(lead);
    }

    @GetMapping("/{id}")
    @PreAuthorize(ProposalsController.PERMISSION)
    @Operation(summary = "One lead")
    LeadView get(@PathVariable UUID id) {
        return leads.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ProposalsController.PERMISSION)
    @Operation(
            summary = "Change a lead",
            description = "A full update; `version` is required; `status` moves it along the pipeline. " + PIPELINE)
    LeadView update(
            @PathVariable UUID id, @Valid @RequestBody WriteLead request, @AuthenticationPrincipal CurrentUser user) {
        if (request.version() == null) {
            throw InvalidInputException.field("version", "is required");
        }
        return leads.update(id, request.command(), request.version(), user);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(ProposalsController.PERMISSION)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a lead",
            description = "It leaves the pipeline and the lists; proposals made for it keep their reference.")
    void delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        leads.delete(id, user);
    }

    @PostMapping("/{id}/convert")
    @PreAuthorize(ProposalsController.PERMISSION)
    @Operation(
            summary = "Convert a lead into a client",
            description = "Links the live contact that has the lead's e-mail address, or creates a person "
                    + "contact from the lead; with `create_project` also starts a project for it (`project_name`, "
                    + "`project_type`, the lead's estimated value as budget, managed by the lead's owner). The "
                    + "lead becomes `won`; its proposals name the contact as client. Idempotent: converting again "
                    + "answers 200 with the same `contact_id` and `project_id`.")
    LeadConversion convert(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) Convert request,
            @AuthenticationPrincipal CurrentUser user) {
        var createProject = request != null && Boolean.TRUE.equals(request.createProject());
        return leads.convert(
                id,
                createProject,
                request == null ? null : request.projectName(),
                request == null ? null : request.projectType(),
                user);
    }
}
