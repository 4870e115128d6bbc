package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationType;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GET /api/notifications}.
 *
 * @param unread {@code true} for unread notifications only, {@code false} for read ones only
 * @param type one kind only
 */
public record NotificationFilter(
        @Nullable Boolean unread, @Nullable NotificationType type) {}
