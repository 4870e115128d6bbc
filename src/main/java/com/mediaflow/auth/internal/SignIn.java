package com.mediaflow.auth.internal;

import com.mediaflow.auth.AuthProperties;
import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.web.UnauthenticatedException;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login, refresh and logout. Failed logins are counted per account and lock it for 15 minutes
 * after five in a row; every outcome is in the audit log, committed even when the request fails.
 */
@Service
public class SignIn {

    /** Compared against when the account does not exist, so both cases take as long. */
    private final String decoyHash;

    private final TeamDirectory team;
    private final CredentialsRepository credentials;
    private final PasswordEncoder passwords;
    private final AccessTokens accessTokens;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final RateLimiter rateLimiter;
    private final AuthProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignIn(
            TeamDirectory team,
            CredentialsRepository credentials,
            PasswordEncoder passwords,
            AccessTokens accessTokens,
            SessionStore sessions,
            AuditLog audit,
            RateLimiter rateLimiter,
            AuthProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.team = team;
        this.credentials = credentials;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    public SignedIn login(String email, String password, String clientIp) {
        var normalized = email.strip().toLowerCase(Locale.ROOT);
        rateLimiter.consume("auth", rateLimiter.properties().auth(), "login:" + clientIp + ":" + normalized);
        var result = transactions.execute(status -> attempt(normalized, password));
        if (result instanceof Attempt.Success success) {
            return start(success.account());
        }
        var failure = (Attempt.Failure) result;
        if (failure.lockedFor() != null) {
            var seconds = Math.max(1, failure.lockedFor().toSeconds());
            throw UnauthenticatedException.because(
                    "This account is locked after too many failed logins; try again in "
                            + Math.max(1, (seconds + 59) / 60) + " minutes",
                    Map.of("retry_after_seconds", seconds));
        }
        throw UnauthenticatedException.because("Invalid e-mail or password");
    }

    private sealed interface Attempt {
        record Success(MemberAccount account) implements Attempt {}

        record Failure(@Nullable Duration lockedFor) implements Attempt {}
    }

    private Attempt attempt(String email, String password) {
        var now = clock.instant();
        var account = team.findAccountByEmail(email).filter(MemberAccount::isActive);
        var stored = account.flatMap(a -> credentials.findById(a.id()));
        if (account.isEmpty() || stored.isEmpty()) {
            passwords.matches(password, decoyHash);
            audit.recordAs(
                    AuditActor.claimed(email),
                    "auth.login_failed",
                    "member",
                    null,
                    null,
                    Map.of("reason", "unknown_account"));
            return new Attempt.Failure(null);
        }
        var member = account.get();
        var credential = stored.get();
        var actor = AuditActor.member(member.id(), member.email());
        if (credential.isLocked(now)) {
            audit.recordAs(actor, "auth.login_failed", "member", member.id(), null, Map.of("reason", "locked"));
            return new Attempt.Failure(Duration.between(now, credential.lockedUntil()));
        }
        if (!passwords.matches(password, credential.passwordHash())) {
            var locked = credential.recordFailure(now, properties.maxFailedLogins(), properties.lockout());
            audit.recordAs(actor, "auth.login_failed", "member", member.id(), null, Map.of("reason", "wrong_password"));
            if (locked) {
                audit.recordAs(
                        actor,
                        "auth.lockout",
                        "member",
                        member.id(),
                        null,
                        Map.of("locked_until", credential.lockedUntil().toString()));
                return new Attempt.Failure(properties.lockout());
            }
            return new Attempt.Failure(null);
        }
        credential.recordSuccess();
        team.recordLogin(member.id());
        audit.recordAs(actor, "auth.login", "member", member.id(), null, null);
        return new Attempt.Success(member);
    }

    /** Starts a session for a member who has just proven who they are. */
    SignedIn start(MemberAccount account) {
        var refresh = sessions.start(account.id());
        var access = accessTokens.issue(account.id(), account.role().value(), refresh.sessionId());
        return new SignedIn(
                AuthUser.of(account),
                access.value(),
                access.expiresInSeconds(),
                refresh.value(),
                refresh.expiresInSeconds());
    }

    public SignedIn refresh(String refreshToken, String clientIp) {
        rateLimiter.consume("refresh", rateLimiter.properties().api(), clientIp);
        var rotation = sessions.rotate(refreshToken);
        if (rotation instanceof SessionStore.Rotation.Reused reused) {
            transactions.executeWithoutResult(status -> audit.recordAs(
                    new AuditActor(reused.memberId(), null),
                    "auth.refresh_token_reused",
                    "member",
                    reused.memberId(),
                    null,
                    Map.of("session_revoked", reused.sessionId())));
            throw UnauthenticatedException.because(
                    "This refresh token was already used; the session has been ended for safety");
        }
        if (!(rotation instanceof SessionStore.Rotation.Rotated rotated)) {
            throw UnauthenticatedException.because("The refresh token is invalid or expired");
        }
        var account = team.findAccount(rotated.memberId()).filter(MemberAccount::isActive);
        if (account.isEmpty()) {
            sessions.revoke(rotated.memberId(), rotated.next().sessionId());
            throw UnauthenticatedException.because("This account is not active");
        }
        var access = accessTokens.issue(
                account.get().id(), account.get().role().value(), rotated.next().sessionId());
        return new SignedIn(
                AuthUser.of(account.get()),
                access.value(),
                access.expiresInSeconds(),
                rotated.next().value(),
                rotated.next().expiresInSeconds());
    }

    /** Ends the session of the refresh token and/or of the access token presented. */
    public void logout(@Nullable String refreshToken, Optional<com.mediaflow.shared.security.CurrentUser> user) {
        Optional<SessionStore.SessionRef> session =
                refreshToken == null ? Optional.empty() : sessions.sessionOf(refreshToken);
        session.ifPresent(ref -> sessions.revoke(ref.memberId(), ref.sessionId()));
        user.ifPresent(current -> sessions.revoke(current.id(), current.sessionId()));
        var memberId = user.map(u -> u.id()).or(() -> session.map(SessionStore.SessionRef::memberId));
        memberId.ifPresent(id -> transactions.executeWithoutResult(status -> audit.recordAs(
                new AuditActor(id, user.map(u -> u.email()).orElse(null)), "auth.logout", "member", id, null, null)));
    }
}
