package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationLink;
import com.mediaflow.notifications.NotificationType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as the API shows it.
 *
 * @param sequence its position in the member's stream: the SSE event id, increasing in the order
 *     notifications were committed
 * @param link what it points at, or {@code null}
 */
public record NotificationView(
        UUID id,
        long sequence,
        NotificationType type,
        String title,
        @Nullable String body,
        @Nullable NotificationLink link,
        boolean read,
        @Nullable Instant readAt,
        Instant createdAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(
                notification.id(),
                notification.seq(),
                notification.type(),
                notification.title(),
                notification.body(),
                notification.link(),
                notification.readAt() != null,
                notification.readAt(),
                notification.createdAt());
    }
}
