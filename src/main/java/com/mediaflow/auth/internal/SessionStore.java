package com.mediaflow.auth.internal;

import com.mediaflow.auth.AuthProperties;
import com.mediaflow.shared.security.SecretTokens;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Sign-in sessions and their refresh tokens, in Redis so every instance sees them.
 *
 * <p>A session ("family") starts at sign-in and lives while its refresh tokens are used. Each
 * refresh token works once: using it marks it spent (atomically, {@code HINCRBY}) and hands out the
 * next one. Presenting a spent token again means it was stolen or replayed, so the whole session is
 * revoked, including its access tokens, which are checked against the session on every request.
 * Only the SHA-256 of a refresh token is stored.
 */
@Component
class SessionStore {

    private static final String SESSION = "auth:session:";
    private static final String MEMBER_SESSIONS = "auth:member-sessions:";
    private static final String REFRESH = "auth:refresh:";

    private final StringRedisTemplate redis;
    private final AuthProperties properties;
    private final Clock clock;

    SessionStore(StringRedisTemplate redis, AuthProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a session and returns its first refresh token. */
    NewRefreshToken start(UUID memberId) {
        var sessionId = UUID.randomUUID().toString();
        var ttl = properties.refreshTokenTtl();
        redis.opsForHash()
                .putAll(
                        SESSION + sessionId,
                        Map.of(
                                "member_id",
                                memberId.toString(),
                                "created_at",
                                clock.instant().toString()));
        redis.expire(SESSION + sessionId, ttl);
        redis.opsForSet().add(MEMBER_SESSIONS + memberId, sessionId);
        redis.expire(MEMBER_SESSIONS + memberId, ttl);
        return issueRefreshToken(memberId, sessionId);
    }

    /** The outcome of presenting a refresh token. */
    sealed interface Rotation {
        record Rotated(UUID memberId, NewRefreshToken next) implements Rotation {}

        record Invalid() implements Rotation {}

        record Reused(UUID memberId, String sessionId) implements Rotation {}
    }

    Rotation rotate(String refreshToken) {
        var key = REFRESH + SecretTokens.hash(refreshToken);
        var entry = redis.<String, String>opsForHash().entries(key);
        if (entry.isEmpty()) {
            return new Rotation.Invalid();
        }
        var memberId = UUID.fromString(entry.get("member_id"));
        var sessionId = entry.get("session_id");
        var uses = redis.opsForHash().increment(key, "uses", 1);
        if (uses > 1) {
            revoke(memberId, sessionId);
            return new Rotation.Reused(memberId, sessionId);
        }
        if (!isActive(sessionId)) {
            return new Rotation.Invalid();
        }
        redis.expire(SESSION + sessionId, properties.refreshTokenTtl());
        return new Rotation.Rotated(memberId, issueRefreshToken(memberId, sessionId));
    }

    /** The session a refresh token belongs to, without using the token. */
    Optional<SessionRef> sessionOf(String refreshToken) {
        var entry = redis.<String, String>opsForHash().entries(REFRESH + SecretTokens.hash(refreshToken));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionRef(UUID.fromString(entry.get("member_id")), entry.get("session_id")));
    }

    boolean isActive(String sessionId) {
        return Boolean.TRUE.equals(redis.hasKey(SESSION + sessionId));
    }

    void revoke(UUID memberId, String sessionId) {
        redis.delete(SESSION + sessionId);
        redis.opsForSet().remove(MEMBER_SESSIONS + memberId, sessionId);
    }

    /** Ends every session of a member except {@code keep} (pass null to end them all). */
    void revokeAll(UUID memberId, @org.jspecify.annotations.Nullable String keep) {
        var sessions = redis.opsForSet().members(MEMBER_SESSIONS + memberId);
        if (sessions == null) {
            return;
        }
        for (var sessionId : sessions) {
            if (!sessionId.equals(keep)) {
                revoke(memberId, sessionId);
            }
        }
    }

    private NewRefreshToken issueRefreshToken(UUID memberId, String sessionId) {
        var token = SecretTokens.generate();
        var key = REFRESH + SecretTokens.hash(token);
        redis.opsForHash().putAll(key, Map.of("member_id", memberId.toString(), "session_id", sessionId, "uses", "0"));
        redis.expire(key, properties.refreshTokenTtl());
        return new NewRefreshToken(
                token, sessionId, properties.refreshTokenTtl().toSeconds());
    }

    record NewRefreshToken(String value, String sessionId, long expiresInSeconds) {}

    record SessionRef(UUID memberId, String sessionId) {}
}
