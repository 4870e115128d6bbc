package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationType;
import org.jspecify.annotations.Nullable;

/**
 * A member's choice for one kind of notification.
 *
 * @param inApp whether it appears in the app (list, unread count, live stream)
 * @param email whether it is e-mailed; {@code null} for kinds that never send e-mail to members
 */
public record PreferenceView(
        NotificationType type, boolean inApp, @Nullable Boolean email) {}
