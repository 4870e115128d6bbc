package com.mediaflow.team.internal;

import com.mediaflow.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An e-mailed invitation to join the studio. Only the SHA-256 of its token is stored. */
@Entity
@Table(name = "team_invitations")
class Invitation {

    public enum Status {
        PENDING,
        ACCEPTED,
        REVOKED
    }

    @Id
    private UUID id;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Invitation() {}

    Invitation(
            UUID memberId, String email, Role role, String tokenHash, UUID invitedBy, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.status = Status.PENDING;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    void accept(Instant now) {
        this.status = Status.ACCEPTED;
        this.acceptedAt = now;
    }

    void revoke() {
        this.status = Status.REVOKED;
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public Status status() {
        return status;
    }

    public UUID invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant acceptedAt() {
        return acceptedAt;
    }
}
