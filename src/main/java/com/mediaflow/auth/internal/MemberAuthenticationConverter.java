package com.mediaflow.auth.internal;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.MemberAuthentication;
import com.mediaflow.team.TeamDirectory;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid access token into the current member, checked fresh on every request: the session
 * must still exist (logout, password change and refresh-token re-use end it) and the member must be
 * active, with the role they have now rather than the one they had when the token was issued.
 */
@Component
class MemberAuthenticationConverter implements Converter<Jwt, MemberAuthentication> {

    private final TeamDirectory team;
    private final SessionStore sessions;

    MemberAuthenticationConverter(TeamDirectory team, SessionStore sessions) {
        this.team = team;
        this.sessions = sessions;
    }

    @Override
    public MemberAuthentication convert(Jwt jwt) {
        var sessionId = jwt.getClaimAsString(AccessTokens.SESSION_CLAIM);
        if (sessionId == null || !sessions.isActive(sessionId)) {
            throw new InvalidBearerTokenException("The session of this token has ended; sign in again");
        }
        var account = team.findAccount(UUID.fromString(jwt.getSubject()))
                .filter(candidate -> candidate.isActive())
                .orElseThrow(() -> new InvalidBearerTokenException("This account is not active"));
        return new MemberAuthentication(
                new CurrentUser(account.id(), account.email(), account.fullName(), account.role(), sessionId));
    }
}
