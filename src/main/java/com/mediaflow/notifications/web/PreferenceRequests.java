package com.mediaflow.notifications.web;

import com.mediaflow.notifications.NotificationType;
import com.mediaflow.notifications.internal.NotificationPreferences;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /api/notifications/preferences}: the kinds to change; kinds not listed keep
 * their setting.
 */
record PreferenceRequests(@NotNull @Size(max = 50) List<@Valid @NotNull Item> preferences) {

    /**
     * @param email {@code null} (or left out) for kinds that send no e-mail, and to keep the e-mail
     *     setting as it is
     */
    record Item(
            @NotNull NotificationType type,
            @NotNull Boolean inApp,
            @Nullable Boolean email) {}

    List<NotificationPreferences.Change> changes() {
        return preferences.stream()
                .map(item -> new NotificationPreferences.Change(item.type(), item.inApp(), item.email()))
                .toList();
    }
}
