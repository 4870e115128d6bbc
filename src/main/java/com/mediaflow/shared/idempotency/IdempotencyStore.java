package com.mediaflow.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys in PostgreSQL. A key is claimed with an insert that only one request can win
 * (primary key on member and key), so two concurrent retries cannot both run. Each statement runs
 * on its own: the claim must be visible before the request's own transaction starts.
 */
@Component
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Scope(UUID memberId, String key) {}

    sealed interface Claim {
        record Claimed() implements Claim {}

        record InProgress() implements Claim {}

        record Mismatch() implements Claim {}

        record Completed(StoredResponse response) implements Claim {}
    }

    Claim claim(Scope scope, String fingerprint) {
        var now = clock.instant();
        jdbc.sql(
                        "DELETE FROM idempotency_keys WHERE member_id = :member AND idempotency_key = :key AND created_at < :cutoff")
                .param("member", scope.memberId())
                .param("key", scope.key())
                .param("cutoff", Timestamp.from(now.minus(RETENTION)))
                .update();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_keys (member_id, idempotency_key, fingerprint, created_at)
                        VALUES (:member, :key, :fingerprint, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("member", scope.memberId())
                .param("key", scope.key())
                .param("fingerprint", fingerprint)
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return new Claim.Claimed();
        }
        return jdbc.sql("""
                        SELECT fingerprint, status, content_type, location, body FROM idempotency_keys
                        WHERE member_id = :member AND idempotency_key = :key
                        """)
                .param("member", scope.memberId())
                .param("key", scope.key())
                .query((rs, row) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        return (Claim) new Claim.Mismatch();
                    }
                    int status = rs.getInt("status");
                    if (rs.wasNull()) {
                        return new Claim.InProgress();
                    }
                    return new Claim.Completed(new StoredResponse(
                            status, rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")));
                })
                .optional()
                // The row vanished between insert and select: the first request failed; let this one try.
                .orElseGet(() -> claim(scope, fingerprint));
    }

    void complete(Scope scope, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET status = :status, content_type = :contentType,
                               location = :location, body = :body
                        WHERE member_id = :member AND idempotency_key = :key
                        """)
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("body", response.body())
                .param("member", scope.memberId())
                .param("key", scope.key())
                .update();
    }

    void release(Scope scope) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE member_id = :member AND idempotency_key = :key")
                .param("member", scope.memberId())
                .param("key", scope.key())
                .update();
    }

    /** Deleting expired keys is harmless to repeat, so every instance may run it. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void deleteExpired() {
        jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(RETENTION)))
                .update();
    }

    static String fingerprint(String method, String path, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
