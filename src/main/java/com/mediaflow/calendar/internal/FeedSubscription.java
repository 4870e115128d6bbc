package com.mediaflow.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's calendar feed: the seed their secret URL is derived from (see {@link FeedSecrets}) and
 * the SHA-256 of that secret, by which a calendar app's request finds the member. The secret itself
 * is never stored.
 */
@Entity
@Table(name = "calendar_feeds")
class FeedSubscription {

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "secret_seed", nullable = false)
    private String secretSeed;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected FeedSubscription() {}

    private FeedSubscription(UUID memberId, String secretSeed, String secretHash, Instant now) {
        this.memberId = memberId;
        reissue(secretSeed, secretHash, now);
    }

    static FeedSubscription issue(UUID memberId, String secretSeed, String secretHash, Instant now) {
        return new FeedSubscription(memberId, secretSeed, secretHash, now);
    }

    /** Replaces the secret: the URL issued before stops working. */
    void reissue(String secretSeed, String secretHash, Instant now) {
        this.secretSeed = secretSeed;
        this.secretHash = secretHash;
        this.issuedAt = now;
    }

    UUID memberId() {
        return memberId;
    }

    String secretSeed() {
        return secretSeed;
    }

    Instant issuedAt() {
        return issuedAt;
    }
}
