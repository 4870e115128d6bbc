package com.mediaflow.team.internal;

import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.SecretTokens;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.MemberJoined;
import com.mediaflow.team.MemberStatus;
import com.mediaflow.team.TeamProperties;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: the only way to join once the studio has an owner. Inviting creates the member in
 * status {@code invited} and e-mails a link with a 256-bit token that works for seven days, once.
 */
@Service
public class TeamInvitations {

    private static final SortFields SORT = SortFields.builder()
            .field("created_at", "createdAt")
            .field("expires_at", "expiresAt")
            .field("email", "email")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final AuditLog audit;
    private final Mailer mailer;
    private final TeamProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamInvitations(
            InvitationRepository invitations,
            MemberRepository members,
            AuditLog audit,
            Mailer mailer,
            TeamProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.members = members;
        this.audit = audit;
        this.mailer = mailer;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Invited invite(InviteCommand command, CurrentUser inviter) {
        if (!inviter.role().mayGrant(command.role())) {
            throw ForbiddenException.because(
                    "Only an owner can invite someone as " + command.role().value());
        }
        var email = TeamMembers.normalizeEmail(command.email());
        var now = clock.instant();
        var member = members.findByEmail(email).orElse(null);
        if (member != null && member.status() != MemberStatus.INVITED) {
            throw ConflictException.because("A member with this e-mail already exists");
        }
        var profile = new MemberProfile(
                email,
                command.fullName() == null || command.fullName().isBlank()
                        ? nameFrom(email)
                        : command.fullName().strip(),
                command.jobTitle(),
                command.phone(),
                command.hourlyCost(),
                command.billableRate());
        if (member == null) {
            member = members.save(Member.invited(profile, command.role(), now));
        } else {
            // Inviting again replaces the earlier link.
            member.updateProfile(profile, now);
            member.changeRole(command.role(), now);
            invitations
                    .findByMemberIdAndStatus(member.id(), Invitation.Status.PENDING)
                    .forEach(Invitation::revoke);
        }
        var token = SecretTokens.generate();
        var invitation = invitations.save(new Invitation(
                member.id(),
                email,
                command.role(),
                SecretTokens.hash(token),
                inviter.id(),
                now,
                now.plus(properties.invitationTtl())));
        var view = InvitationView.of(invitation, now);
        audit.record("invitation.created", "invitation", invitation.id(), null, view);
        sendInvitation(invitation, token, inviter, command.message());
        return new Invited(MemberView.of(member, true), view);
    }

    @Transactional(readOnly = true)
    public PageResponse<InvitationView> list(@Nullable String status, Paging paging) {
        var now = clock.instant();
        var pageable = paging.pageable(SORT);
        var page = status == null
                ? invitations.findAll(pageable)
                : invitations.findByStatus(parseStatus(status), pageable);
        return PageResponse.of(page, invitation -> InvitationView.of(invitation, now));
    }

    @Transactional
    public void revoke(UUID id) {
        var invitation = invitations.findById(id).orElseThrow(() -> NotFoundException.of("Invitation", id));
        if (invitation.status() != Invitation.Status.PENDING) {
            throw InvalidStateException.because("Only a pending invitation can be revoked");
        }
        var before = InvitationView.of(invitation, clock.instant());
        invitation.revoke();
        invitations.flush();
        audit.record("invitation.revoked", "invitation", id, before, InvitationView.of(invitation, clock.instant()));
    }

    /** Consumes an invitation token and activates its member; the caller then sets the password. */
    @Transactional
    public MemberAccount accept(String token, String fullName) {
        var now = clock.instant();
        var invitation = invitations
                .findByTokenHash(SecretTokens.hash(token))
                .filter(candidate -> candidate.isUsable(now))
                .orElseThrow(() -> NotFoundException.because("This invitation link is invalid, used or expired"));
        var member = members.findById(invitation.memberId())
                .filter(candidate -> candidate.status() == MemberStatus.INVITED)
                .orElseThrow(() -> NotFoundException.because("This invitation link is invalid, used or expired"));
        invitation.accept(now);
        member.activate(fullName.strip(), now);
        members.flush();
        audit.recordAs(
                AuditActor.member(member.id(), member.email()),
                "invitation.accepted",
                "invitation",
                invitation.id(),
                null,
                InvitationView.of(invitation, now));
        events.publishEvent(new MemberJoined(member.id()));
        return member.account();
    }

    private void sendInvitation(Invitation invitation, String token, CurrentUser inviter, @Nullable String message) {
        var link = properties.frontendUrl().replaceAll("/+$", "") + "/invitations/" + token;
        mailer.send(
                MailTemplate.INVITATION,
                MailRecipient.member(invitation.memberId(), invitation.email()),
                new MailModels.Invitation(
                        inviter.fullName(),
                        invitation.role().value(),
                        message == null || message.isBlank() ? null : message.strip(),
                        link,
                        token,
                        invitation.expiresAt()));
    }

    private static Invitation.Status parseStatus(String status) {
        try {
            return Invitation.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw com.mediaflow.shared.web.InvalidInputException.field(
                    "status", "must be pending, accepted or revoked");
        }
    }

    private static String nameFrom(String email) {
        return email.substring(0, email.indexOf('@'));
    }
}
