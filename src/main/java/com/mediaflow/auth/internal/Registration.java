package com.mediaflow.auth.internal;

import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Joining the studio: the founder's sign-up, and everyone else's invitation acceptance. */
@Service
public class Registration {

    private final TeamDirectory team;
    private final CredentialsRepository credentials;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SignIn signIn;
    private final AuditLog audit;
    private final RateLimiter rateLimiter;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Registration(
            TeamDirectory team,
            CredentialsRepository credentials,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            SignIn signIn,
            AuditLog audit,
            RateLimiter rateLimiter,
            TransactionTemplate transactions,
            Clock clock) {
        this.team = team;
        this.credentials = credentials;
        this.passwords = passwords;
        this.policy = policy;
        this.signIn = signIn;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The first person to register on an empty system becomes its owner; later sign-ups are refused. */
    public SignedIn registerFounder(String fullName, String email, String password, String clientIp) {
        var normalized = email.strip().toLowerCase(Locale.ROOT);
        rateLimiter.consume("auth", rateLimiter.properties().auth(), "register:" + clientIp);
        policy.check("password", password, normalized);
        var account = transactions.execute(status -> team.registerFounder(normalized, fullName)
                .map(founder -> {
                    saveCredentials(founder, password);
                    return founder;
                })
                .orElseThrow(() -> ForbiddenException.because(
                        "Sign-up is by invitation only; ask an owner or manager of the studio to invite you")));
        return signIn.start(account);
    }

    public SignedIn acceptInvitation(String token, String fullName, String password, String clientIp) {
        rateLimiter.consume("auth", rateLimiter.properties().auth(), "invitation:" + clientIp);
        var account = transactions.execute(status -> {
            var member = team.acceptInvitation(token, fullName);
            policy.check("password", password, member.email());
            saveCredentials(member, password);
            return member;
        });
        return signIn.start(account);
    }

    private void saveCredentials(MemberAccount member, String password) {
        credentials.save(new Credentials(member.id(), passwords.encode(password), clock.instant()));
        audit.recordAs(
                AuditActor.member(member.id(), member.email()), "auth.password_set", "member", member.id(), null, null);
    }
}
