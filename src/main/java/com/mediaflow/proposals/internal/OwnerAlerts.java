package com.mediaflow.proposals.internal;

import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.notifications.NotificationLink;
import com.mediaflow.notifications.NotificationType;
import com.mediaflow.notifications.Notifications;
import com.mediaflow.proposals.ProposalsProperties;
import com.mediaflow.team.TeamDirectory;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the proposal's owner, in the app and by e-mail (as their preferences allow), that the
 * client opened it for the first time, accepted, rejected or signed it.
 */
@Component
class OwnerAlerts {

    private final Notifications notifications;
    private final Mailer mailer;
    private final TeamDirectory team;
    private final ProposalsProperties properties;

    OwnerAlerts(Notifications notifications, Mailer mailer, TeamDirectory team, ProposalsProperties properties) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.team = team;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void viewed(Proposal proposal, ClientParty client, Instant at) {
        var owner = team.findAccount(proposal.ownerId()).filter(a -> a.isActive());
        if (owner.isEmpty()) {
            return;
        }
        var account = owner.get();
        notify(proposal, NotificationType.PROPOSAL_VIEWED, client.name() + " opened " + proposal.number());
        mailer.send(
                MailTemplate.PROPOSAL_VIEWED,
                MailRecipient.member(account.id(), account.email()),
                new MailModels.ProposalViewed(
                        account.fullName(),
                        proposal.number(),
                        proposal.title(),
                        client.name(),
                        at,
                        properties.proposalLink(proposal.id())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void decided(Proposal proposal, ClientParty client, Decision decision) {
        var owner = team.findAccount(proposal.ownerId()).filter(a -> a.isActive());
        if (owner.isEmpty()) {
            return;
        }
        var account = owner.get();
        var to = MailRecipient.member(account.id(), account.email());
        var link = properties.proposalLink(proposal.id());
        switch (decision.kind()) {
            case ACCEPTED -> {
                notify(proposal, NotificationType.PROPOSAL_ACCEPTED, client.name() + " accepted " + proposal.number());
                mailer.send(
                        MailTemplate.PROPOSAL_ACCEPTED,
                        to,
                        new MailModels.ProposalAccepted(
                                account.fullName(),
                                proposal.number(),
                                proposal.title(),
                                client.name(),
                                decision.decidedAt(),
                                proposal.total(),
                                proposal.currency(),
                                link));
            }
            case REJECTED -> {
                notify(proposal, NotificationType.PROPOSAL_REJECTED, client.name() + " rejected " + proposal.number());
                mailer.send(
                        MailTemplate.PROPOSAL_REJECTED,
                        to,
                        new MailModels.ProposalRejected(
                                account.fullName(),
                                proposal.number(),
                                proposal.title(),
                                client.name(),
                                decision.reason(),
                                decision.decidedAt(),
                                link));
            }
            case SIGNED -> {
                notify(
                        proposal,
                        NotificationType.PROPOSAL_SIGNED,
                        decision.signerName() + " signed " + proposal.number());
                mailer.send(
                        MailTemplate.PROPOSAL_SIGNED,
                        to,
                        new MailModels.ProposalSigned(
                                account.fullName(),
                                proposal.number(),
                                proposal.title(),
                                decision.signerName(),
                                decision.signerEmail(),
                                decision.decidedAt(),
                                link));
            }
            default -> throw new IllegalArgumentException("Not a decision: " + decision.kind());
        }
    }

    private void notify(Proposal proposal, NotificationType type, String title) {
        notifications.notify(
                proposal.ownerId(),
                type,
                title.length() > 200 ? title.substring(0, 200) : title,
                proposal.title(),
                NotificationLink.to("proposal", proposal.id(), "/proposals/" + proposal.id()));
    }
}
