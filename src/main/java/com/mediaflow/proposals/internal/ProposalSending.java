package com.mediaflow.proposals.internal;

import com.mediaflow.contacts.ContactActivityOccurred;
import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.proposals.ProposalsProperties;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.SecretTokens;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a proposal to the client: a fresh 256-bit link (only its SHA-256 is stored; a link sent
 * before stops working) in a {@link MailTemplate#PROPOSAL_SENT} e-mail that leaves after the commit.
 * A proposal made for a lead moves the lead to {@code proposal_sent}.
 */
@Service
public class ProposalSending {

    private final ProposalRepository proposals;
    private final LeadRepository leads;
    private final ClientParties clients;
    private final ProposalViews views;
    private final ProposalActivities activities;
    private final ProposalCalendar calendar;
    private final Mailer mailer;
    private final ProposalsProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalSending(
            ProposalRepository proposals,
            LeadRepository leads,
            ClientParties clients,
            ProposalViews views,
            ProposalActivities activities,
            ProposalCalendar calendar,
            Mailer mailer,
            ProposalsProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.leads = leads;
        this.clients = clients;
        this.views = views;
        this.activities = activities;
        this.calendar = calendar;
        this.mailer = mailer;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The outcome of a sending.
     *
     * @param publicUrl the client's link; it works until the proposal expires, is sent again or revised
     */
    @Schema(name = "ProposalSent")
    public record Sent(boolean success, Instant sentAt, String sentTo, String publicUrl) {}

    @Transactional
    public Sent send(UUID id, @Nullable String recipientEmail, @Nullable String message, CurrentUser actor) {
        var proposal = proposals
                .lockById(id)
                .filter(p -> !p.isDeleted())
                .orElseThrow(() -> NotFoundException.of("Proposal", id));
        var party = clients.of(proposal);
        var recipient = recipientEmail != null && !recipientEmail.isBlank() ? recipientEmail.strip() : party.email();
        if (recipient == null) {
            throw InvalidInputException.field(
                    "recipient_email", "is required because the client has no e-mail address on file");
        }
        MailRecipient to;
        try {
            to = MailRecipient.address(recipient);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("recipient_email", "must be a single e-mail address");
        }
        var before = views.of(proposal);
        var resend = proposal.sentAt() != null;
        var token = SecretTokens.generate();
        var now = clock.instant();
        proposal.send(SecretTokens.hash(token), recipient, calendar.today(), now);
        proposals.saveAndFlush(proposal);
        var link = properties.publicLink(token);
        mailer.send(
                MailTemplate.PROPOSAL_SENT,
                to,
                new MailModels.ProposalSent(
                        party.name(),
                        proposal.number(),
                        proposal.title(),
                        actor.fullName(),
                        message == null || message.isBlank() ? null : message.strip(),
                        proposal.validUntil(),
                        link));
        if (proposal.leadId() != null) {
            leads.findLive(proposal.leadId()).ifPresent(lead -> lead.proposalSent(now));
        }
        activities.record(
                proposal,
                "sent",
                (resend ? "Sent again to " : "Sent to ") + recipient + " by " + actor.fullName()
                        + (resend ? "; the earlier link no longer works" : ""),
                actor.id(),
                now);
        audit.record("proposal.sent", "proposal", id, before, views.of(proposal));
        if (proposal.clientId() != null) {
            events.publishEvent(new ContactActivityOccurred(
                    proposal.clientId(),
                    "proposal.sent",
                    "Proposal " + proposal.number() + " sent to " + recipient,
                    actor.id(),
                    "proposal",
                    id,
                    now));
        }
        return new Sent(true, now, recipient, link);
    }
}
