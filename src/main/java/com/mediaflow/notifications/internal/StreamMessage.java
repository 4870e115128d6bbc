package com.mediaflow.notifications.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What travels between instances over Redis for a member's live streams: a new notification, or
 * their unread count after they read something (so other tabs and devices follow).
 */
record StreamMessage(
        UUID memberId,
        @Nullable NotificationView notification,
        @Nullable Long unreadCount) {

    static StreamMessage of(UUID memberId, NotificationView notification) {
        return new StreamMessage(memberId, notification, null);
    }

    static StreamMessage unread(UUID memberId, long unreadCount) {
        return new StreamMessage(memberId, null, unreadCount);
    }
}
