package com.mediaflow.auth.internal;

import com.mediaflow.auth.AuthProperties;
import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.SecretTokens;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a password, and resetting a forgotten one with an e-mailed, single-use, one-hour link.
 * Either way every other session of the member ends.
 */
@Service
public class Passwords {

    private final TeamDirectory team;
    private final CredentialsRepository credentials;
    private final PasswordResetTokenRepository resetTokens;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final Mailer mailer;
    private final RateLimiter rateLimiter;
    private final AuthProperties properties;
    private final Clock clock;

    Passwords(
            TeamDirectory team,
            CredentialsRepository credentials,
            PasswordResetTokenRepository resetTokens,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            SessionStore sessions,
            AuditLog audit,
            Mailer mailer,
            RateLimiter rateLimiter,
            AuthProperties properties,
            Clock clock) {
        this.team = team;
        this.credentials = credentials;
        this.resetTokens = resetTokens;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.mailer = mailer;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void change(CurrentUser user, String currentPassword, String newPassword) {
        var credential =
                credentials.findById(user.id()).orElseThrow(() -> NotFoundException.of("Credentials", user.id()));
        if (!encoder.matches(currentPassword, credential.passwordHash())) {
            throw InvalidInputException.field("current_password", "is not your current password");
        }
        if (currentPassword.equals(newPassword)) {
            throw InvalidInputException.field("new_password", "must differ from the current password");
        }
        policy.check("new_password", newPassword, user.email());
        credential.changePassword(encoder.encode(newPassword), clock.instant());
        audit.record("auth.password_changed", "member", user.id(), null, null);
        sessions.revokeAll(user.id(), user.sessionId());
    }

    /** Always looks the same to the caller, whether or not the address belongs to someone. */
    @Transactional
    public void requestReset(String email, String clientIp) {
        var normalized = email.strip().toLowerCase(Locale.ROOT);
        rateLimiter.consume("auth", rateLimiter.properties().auth(), "forgot:" + clientIp + ":" + normalized);
        var account = team.findAccountByEmail(normalized).filter(MemberAccount::isActive);
        if (account.isEmpty()) {
            audit.recordAs(
                    AuditActor.claimed(normalized),
                    "auth.password_reset_requested",
                    "member",
                    null,
                    null,
                    java.util.Map.of("known", false));
            return;
        }
        var member = account.get();
        var now = clock.instant();
        var token = SecretTokens.generate();
        resetTokens.save(new PasswordResetToken(
                member.id(), SecretTokens.hash(token), now, now.plus(properties.passwordResetTtl())));
        audit.recordAs(
                AuditActor.member(member.id(), member.email()),
                "auth.password_reset_requested",
                "member",
                member.id(),
                null,
                null);
        var link = properties.frontendUrl().replaceAll("/+$", "") + "/reset-password?token=" + token;
        mailer.send(
                MailTemplate.PASSWORD_RESET,
                MailRecipient.member(member.id(), member.email()),
                new MailModels.PasswordReset(
                        member.fullName(),
                        link,
                        token,
                        properties.passwordResetTtl().toMinutes()));
    }

    @Transactional
    public void reset(String token, String newPassword, String clientIp) {
        rateLimiter.consume("auth", rateLimiter.properties().auth(), "reset:" + clientIp);
        var now = clock.instant();
        var resetToken = resetTokens
                .findByTokenHash(SecretTokens.hash(token))
                .filter(candidate -> candidate.isUsable(now))
                .orElseThrow(
                        () -> InvalidInputException.field("token", "is invalid, used or expired; request a new link"));
        var member = team.findAccount(resetToken.memberId())
                .filter(MemberAccount::isActive)
                .orElseThrow(
                        () -> InvalidInputException.field("token", "is invalid, used or expired; request a new link"));
        policy.check("password", newPassword, member.email());
        var credential =
                credentials.findById(member.id()).orElseThrow(() -> NotFoundException.of("Credentials", member.id()));
        credential.changePassword(encoder.encode(newPassword), now);
        resetTokens.invalidateAllOf(member.id(), now);
        audit.recordAs(
                AuditActor.member(member.id(), member.email()),
                "auth.password_reset",
                "member",
                member.id(),
                null,
                null);
        sessions.revokeAll(member.id(), null);
    }
}
