package com.mediaflow.notifications;

import com.mediaflow.notifications.internal.InAppNotifications;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications for other modules. Call {@link #notify} inside the transaction of the change
 * the notification is about (not a read-only one): it is stored with that change and appears in the
 * member's live streams (on every instance) once the transaction commits; a rolled-back change
 * notifies no one. E-mail is separate: see {@link Mailer}.
 */
@Service
public class Notifications {

    private final InAppNotifications notifications;

    Notifications(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    /**
     * Notifies a member, for example
     * {@code notifications.notify(assigneeId, NotificationType.TASK_ASSIGNED, "New task: Colour grade",
     * "Maya assigned you a task in Spring Campaign", NotificationLink.to("task", taskId, "/tasks/" + taskId))}.
     *
     * @param title one line, up to 200 characters
     * @param body more detail, up to 2000 characters, or {@code null}
     * @param link what the notification points at, or {@code null}
     * @return the notification's id, or empty if the member switched this kind off in the app
     */
    @Transactional
    public Optional<UUID> notify(
            UUID memberId,
            NotificationType type,
            String title,
            @Nullable String body,
            @Nullable NotificationLink link) {
        return notifications.create(memberId, type, title, body, link);
    }
}
