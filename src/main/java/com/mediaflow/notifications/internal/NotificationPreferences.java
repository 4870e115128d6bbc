package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.NotificationType;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.web.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notification each member wants, in the app and by e-mail. Every kind is on until
 * the member switches it off; only changed kinds are stored.
 */
@Service
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A change to one kind; {@code email} must be {@code null} for kinds that send no e-mail. */
    public record Change(
            NotificationType type, boolean inApp, @Nullable Boolean email) {}

    @Transactional(readOnly = true)
    public PreferencesView of(UUID memberId) {
        var stored = stored(memberId);
        var preferences = Arrays.stream(NotificationType.values())
                .map(type -> {
                    var setting = stored.getOrDefault(type, Setting.DEFAULT);
                    return new PreferenceView(type, setting.inApp(), type.sendsEmail() ? setting.email() : null);
                })
                .toList();
        var alwaysSent = MailTemplate.values().stream()
                .filter(MailTemplate::isEssential)
                .map(MailTemplate::value)
                .toList();
        return new PreferencesView(preferences, alwaysSent);
    }

    /** Sets the listed kinds; kinds not listed keep their setting. */
    @Transactional
    public PreferencesView update(UUID memberId, List<Change> changes) {
        var seen = new HashSet<NotificationType>();
        for (var i = 0; i < changes.size(); i++) {
            var change = changes.get(i);
            if (!seen.add(change.type())) {
                throw InvalidInputException.field("preferences[" + i + "].type", "is listed twice");
            }
            if (change.email() != null && !change.type().sendsEmail()) {
                throw InvalidInputException.field(
                        "preferences[" + i + "].email",
                        "must be null: " + change.type().value() + " sends no e-mail");
            }
        }
        var before = of(memberId);
        var stored = stored(memberId);
        var now = Timestamp.from(clock.instant());
        for (var change : changes) {
            var current = stored.getOrDefault(change.type(), Setting.DEFAULT);
            var email = change.email() == null ? current.email() : change.email();
            jdbc.sql("""
                            INSERT INTO notification_preferences (member_id, type, in_app, email, updated_at)
                            VALUES (:member, :type, :inApp, :email, :now)
                            ON CONFLICT (member_id, type) DO UPDATE
                            SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = EXCLUDED.updated_at,
                                version = notification_preferences.version + 1
                            """)
                    .param("member", memberId)
                    .param("type", change.type().name())
                    .param("inApp", change.inApp())
                    .param("email", email)
                    .param("now", now)
                    .update();
        }
        var after = of(memberId);
        if (!before.equals(after)) {
            audit.record("notification.preferences_updated", "member", memberId, before, after);
        }
        return after;
    }

    /** Whether the member wants this kind in the app. */
    @Transactional(readOnly = true)
    public boolean wantsInApp(UUID memberId, NotificationType type) {
        return setting(memberId, type).inApp();
    }

    /** Whether the member wants this kind by e-mail. */
    @Transactional(readOnly = true)
    public boolean wantsEmail(UUID memberId, NotificationType type) {
        return setting(memberId, type).email();
    }

    private Setting setting(UUID memberId, NotificationType type) {
        return jdbc.sql("SELECT in_app, email FROM notification_preferences WHERE member_id = :member AND type = :type")
                .param("member", memberId)
                .param("type", type.name())
                .query((rs, row) -> new Setting(rs.getBoolean("in_app"), rs.getBoolean("email")))
                .optional()
                .orElse(Setting.DEFAULT);
    }

    private Map<NotificationType, Setting> stored(UUID memberId) {
        var settings = new EnumMap<NotificationType, Setting>(NotificationType.class);
        jdbc.sql("SELECT type, in_app, email FROM notification_preferences WHERE member_id = :member")
                .param("member", memberId)
                .query(rs -> {
                    settings.put(
                            NotificationType.valueOf(rs.getString("type")),
                            new Setting(rs.getBoolean("in_app"), rs.getBoolean("email")));
                });
        return settings;
    }

    private record Setting(boolean inApp, boolean email) {
        static final Setting DEFAULT = new Setting(true, true);
    }
}
