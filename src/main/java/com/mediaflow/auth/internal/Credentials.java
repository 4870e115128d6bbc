package com.mediaflow.auth.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member's password hash and the failed-login counter that locks the account. */
@Entity
@Table(name = "auth_credentials")
class Credentials {

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Credentials() {}

    Credentials(UUID memberId, String passwordHash, Instant now) {
        this.memberId = memberId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; returns true when this failure locks the account. */
    boolean recordFailure(Instant now, int maxFailures, Duration lockout) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        recordSuccess();
    }

    UUID memberId() {
        return memberId;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }
}
