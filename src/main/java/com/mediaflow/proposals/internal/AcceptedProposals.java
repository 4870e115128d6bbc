package com.mediaflow.proposals.internal;

import com.mediaflow.projects.ProjectIntake;
import com.mediaflow.projects.ProjectType;
import com.mediaflow.proposals.AcceptedProposalLinked;
import com.mediaflow.proposals.ProposalAccepted;
import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import java.time.Clock;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows an accepted or signed proposal, after the decision is committed (so a failure here
 * never loses the signature; Spring Modulith's event publication registry retries it): a lead is
 * converted into a client contact first, then a project is started for the client unless the
 * proposal already has one, and linked back to the proposal. {@link AcceptedProposalLinked} then
 * lets accounting draft the deposit invoice.
 *
 * <p>It lives here, not in the projects module, because converting a lead already makes proposals
 * depend on projects; projects listening to proposals would close a cycle.
 */
@Component
class AcceptedProposals {

    private final ProposalRepository proposals;
    private final LeadService leads;
    private final ProjectIntake projects;
    private final ProposalActivities activities;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    AcceptedProposals(
            ProposalRepository proposals,
            LeadService leads,
            ProjectIntake projects,
            ProposalActivities activities,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.proposals = proposals;
        this.leads = leads;
        this.projects = projects;
        this.activities = activities;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProposalAccepted accepted) {
        var proposal = proposals.lockById(accepted.proposalId()).orElseThrow();
        var actor = leads.actingAs(proposal.ownerId());
        var now = clock.instant();
        if (proposal.leadId() != null) {
            var conversion = leads.convert(proposal.leadId(), false, null, null, actor);
            if (proposal.clientId() == null) {
                proposal.convertLeadTo(conversion.contactId());
            }
        }
        var clientId = Objects.requireNonNull(proposal.clientId(), "an accepted proposal has a client");
        var projectId = proposal.projectId();
        if (projectId == null) {
            var project = projects.plan(
                    proposal.title(),
                    clientId,
                    ProjectType.OTHER,
                    proposal.subtotal(),
                    proposal.currency(),
                    leads.activeMember(proposal.ownerId()),
                    "Started from proposal " + proposal.number() + " (version " + proposal.revision() + "), "
                            + proposal.status().value() + " by the client.",
                    actor);
            projectId = project.id();
            proposal.linkProject(projectId);
            activities.record(
                    proposal, "project_linked", "Project " + project.code() + " started for the client", null, now);
            audit.recordAs(
                    AuditActor.system(),
                    "proposal.project_linked",
                    "proposal",
                    proposal.id(),
                    null,
                    java.util.Map.of("project_id", projectId, "client_id", clientId));
        }
        proposals.saveAndFlush(proposal);
        events.publishEvent(new AcceptedProposalLinked(
                proposal.id(),
                proposal.number(),
                clientId,
                projectId,
                proposal.ownerId(),
                proposal.total(),
                proposal.currency(),
                proposal.depositPercent(),
                proposal.depositAmount(),
                accepted.acceptedAt()));
    }
}
