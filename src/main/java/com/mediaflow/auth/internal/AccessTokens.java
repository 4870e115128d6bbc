package com.mediaflow.auth.internal;

import com.mediaflow.auth.AuthProperties;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Access tokens: HS256 JWTs made and checked with jjwt. The decoder is Spring Security's
 * {@link JwtDecoder}, so the resource server does the rest. The algorithm is pinned: tokens that are
 * unsigned ({@code alg=none}), signed with another algorithm or another key, expired, or from
 * another issuer are rejected.
 */
@Component
class AccessTokens implements JwtDecoder {

    static final String ALGORITHM = "HS256";
    static final String SESSION_CLAIM = "sid";

    private final SecretKey key;
    private final AuthProperties.Jwt settings;
    private final Clock clock;

    AccessTokens(AuthProperties properties, Clock clock) {
        this.settings = properties.jwt();
        this.key = Keys.hmacShaKeyFor(settings.secret().getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    IssuedAccessToken issue(UUID memberId, String role, String sessionId) {
        var now = clock.instant();
        var expiresAt = now.plus(settings.accessTokenTtl());
        var token = Jwts.builder()
                .header()
                .type("JWT")
                .and()
                .issuer(settings.issuer())
                .subject(memberId.toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .claim(SESSION_CLAIM, sessionId)
                .claim("role", role)
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new IssuedAccessToken(token, settings.accessTokenTtl().toSeconds());
    }

    @Override
    public Jwt decode(String token) {
        try {
            var jws = Jwts.parser()
                    .verifyWith(key)
                    .requireIssuer(settings.issuer())
                    .clock(() -> Date.from(clock.instant()))
                    .build()
                    .parseSignedClaims(token);
            if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
                throw new BadJwtException("Unexpected token algorithm");
            }
            var claims = jws.getPayload();
            if (claims.getSubject() == null || claims.get(SESSION_CLAIM) == null || claims.getIssuedAt() == null) {
                throw new BadJwtException("The token lacks required claims");
            }
            Map<String, Object> values = new HashMap<>(claims);
            values.put("iat", claims.getIssuedAt().toInstant());
            values.put("exp", claims.getExpiration().toInstant());
            return new Jwt(
                    token,
                    claims.getIssuedAt().toInstant(),
                    claims.getExpiration().toInstant(),
                    Map.copyOf(jws.getHeader()),
                    values);
        } catch (ExpiredJwtException e) {
            throw new BadJwtException("The access token has expired", e);
        } catch (JwtException | IllegalArgumentException e) {
            throw new BadJwtException("The access token is not valid", e);
        }
    }

    record IssuedAccessToken(String value, long expiresInSeconds) {}
}
