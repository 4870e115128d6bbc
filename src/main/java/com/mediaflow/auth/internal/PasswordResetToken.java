package com.mediaflow.auth.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A single-use password-reset token; only its SHA-256 is stored. */
@Entity
@Table(name = "auth_password_reset_tokens")
class PasswordResetToken {

    @Id
    private UUID id;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @SuppressWarnings("NullAway.Init")
    protected PasswordResetToken() {}

    PasswordResetToken(UUID memberId, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    UUID memberId() {
        return memberId;
    }
}
