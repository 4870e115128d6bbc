package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationLink;
import com.mediaflow.notifications.NotificationType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes notifications in the caller's transaction and delivers them live after it commits.
 *
 * <p>The stream sequence (the SSE event id a reconnecting client replays from) must grow in commit
 * order per member, or a client could skip a notification that committed late with a lower number.
 * So the row is written at once (with its foreign keys checked) but numbered only just before the
 * commit, under a transaction-scoped advisory lock per member, all taken in one statement in ascending key
 * order so two transactions never wait on each other in a circle. The lock is held for the moment of the commit
 * only.
 */
@Service
public class InAppNotifications {

    /** The advisory lock space of notification streams (two-key form, so it cannot meet single-key locks). */
    static final int LOCK_SPACE = 6100;

    private static final String LOCK_MEMBERS = "SELECT pg_advisory_xact_lock(:space, k) FROM (SELECT DISTINCT"
            + " hashtext(m) AS k FROM unnest(CAST(:members AS text[])) AS m ORDER BY k) AS keys";

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 2000;

    private final JdbcClient jdbc;
    private final NotificationPreferences preferences;
    private final NotificationRelay relay;
    private final Clock clock;

    InAppNotifications(JdbcClient jdbc, NotificationPreferences preferences, NotificationRelay relay, Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.relay = relay;
        this.clock = clock;
    }

    /** Adds a notification to the member's inbox, unless they switched this kind off in the app. */
    @Transactional
    public Optional<UUID> create(
            UUID memberId,
            NotificationType type,
            String title,
            @Nullable String body,
            @Nullable NotificationLink link) {
        var cleanTitle = title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a notification title has 1 to " + MAX_TITLE + " characters");
        }
        var cleanBody = body == null || body.isBlank() ? null : body.strip();
        if (cleanBody != null && cleanBody.length() > MAX_BODY) {
            throw new IllegalArgumentException("a notification body has at most " + MAX_BODY + " characters");
        }
        if (!preferences.wantsInApp(memberId, type)) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO notifications (id, member_id, type, title, body, entity_type, entity_id, path, created_at)
                        VALUES (:id, :member, :type, :title, :body, :entityType, :entityId, :path, :now)
                        """)
                .param("id", id)
                .param("member", memberId)
                .param("type", type.name())
                .param("title", cleanTitle)
                .param("body", cleanBody)
                .param("entityType", link == null ? null : link.entityType())
                .param("entityId", link == null ? null : link.entityId())
                .param("path", link == null ? null : link.path())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        pending().add(memberId, id);
        return Optional.of(id);
    }

    private Pending pending() {
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** The notifications of one transaction: numbered before its commit, signalled after it (per member, the newest). */
    private final class Pending implements TransactionSynchronization {

        private final List<UUID> ids = new ArrayList<>();
        private final Set<UUID> members = new HashSet<>();
        private final Map<UUID, StreamMessage> newest = new HashMap<>();

        void add(UUID memberId, UUID id) {
            members.add(memberId);
            ids.add(id);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // One statement takes every member's lock, in ascending key order.
            jdbc.sql(LOCK_MEMBERS)
                    .param("space", LOCK_SPACE)
                    .param("members", members.stream().map(UUID::toString).toArray(String[]::new))
                    .query()
                    .listOfRows();
            for (var id : ids) {
                var numbered = jdbc.sql(
                                "UPDATE notifications SET seq = nextval('notification_seq') WHERE id = :id RETURNING member_id, seq")
                        .param("id", id)
                        .query((rs, row) ->
                                StreamMessage.committed(rs.getObject("member_id", UUID.class), rs.getLong("seq")))
                        .single();
                newest.merge(numbered.memberId(), numbered, (earlier, later) -> later);
            }
        }

        @Override
        public void afterCommit() {
            newest.values().forEach(relay::publish);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(InAppNotifications.this);
        }
    }
}
