package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationLink;
import com.mediaflow.notifications.NotificationType;
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

/**
 * A notification in a member's inbox. Rows are written by {@link InAppNotifications} (which also
 * gives each its stream sequence); here they are only read and marked read.
 */
@Entity
@Table(name = "notifications")
class Notification {

    @Id
    private UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    private @Nullable Long seq;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationType type;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private @Nullable String body;

    @Column(name = "entity_type", updatable = false)
    private @Nullable String entityType;

    @Column(name = "entity_id", updatable = false)
    private @Nullable UUID entityId;

    @Column(updatable = false)
    private @Nullable String path;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Notification() {}

    /** Marks it read; reading it again keeps the first time. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    UUID id() {
        return id;
    }

    long seq() {
        return seq == null ? 0 : seq;
    }

    UUID memberId() {
        return memberId;
    }

    NotificationType type() {
        return type;
    }

    String title() {
        return title;
    }

    @Nullable
    String body() {
        return body;
    }

    @Nullable
    NotificationLink link() {
        return entityType == null || entityId == null || path == null
                ? null
                : new NotificationLink(entityType, entityId, path);
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant readAt() {
        return readAt;
    }
}
