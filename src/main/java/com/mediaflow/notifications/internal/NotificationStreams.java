package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationProperties;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams open on this instance, by member. Connections are the only notification state
 * kept in memory, and they belong to this instance by nature; what they carry comes from the
 * database and Redis, so any instance can serve any member.
 *
 * <p>A client that reconnects with {@code Last-Event-ID} first gets every notification committed
 * after that sequence (up to {@code replay-limit}, else a {@code resync} event), then the unread
 * count, then live messages. Idle streams get a heartbeat comment.
 */
@Component
public class NotificationStreams implements DisposableBean {

    private final Map<UUID, Set<StreamConnection>> connections = new ConcurrentHashMap<>();
    private final NotificationRepository notifications;
    private final TransactionTemplate transactions;
    private final NotificationProperties.Stream settings;
    private final ScheduledFuture<?> heartbeats;

    NotificationStreams(
            NotificationRepository notifications,
            TransactionTemplate transactions,
            NotificationProperties properties,
            TaskScheduler scheduler) {
        this.notifications = notifications;
        this.transactions = transactions;
        this.settings = properties.stream();
        this.heartbeats = scheduler.scheduleAtFixedRate(this::heartbeat, settings.heartbeatInterval());
    }

    /** Opens a stream for the member, replaying what they missed after {@code lastEventId}. */
    public SseEmitter open(UUID memberId, @Nullable Long lastEventId) {
        var emitter = new SseEmitter(settings.timeout().toMillis());
        var connection = new StreamConnection(memberId, emitter, lastEventId == null ? 0 : lastEventId);
        emitter.onCompletion(() -> remove(connection));
        // Ending the stream here makes its timeout a normal end, not an error: the client simply reconnects.
        emitter.onTimeout(() -> {
            remove(connection);
            emitter.complete();
        });
        emitter.onError(error -> remove(connection));
        connections
                .computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet())
                .add(connection);
        // Registered first, so nothing committed during the replay is missed; duplicates are dropped by sequence.
        var alive = lastEventId == null || replay(connection, memberId, lastEventId);
        if (alive) {
            var unread = transactions.execute(status -> notifications.countByMemberIdAndReadAtIsNull(memberId));
            alive = connection.sendNow(StreamMessage.unread(memberId, unread == null ? 0 : unread));
        }
        if (alive) {
            connection.finishReplay();
        }
        return emitter;
    }

    private boolean replay(StreamConnection connection, UUID memberId, long lastEventId) {
        var limit = settings.replayLimit();
        var missed = transactions.execute(status ->
                notifications
                        .findByMemberIdAndSeqGreaterThanOrderBySeqAsc(memberId, lastEventId, Limit.of(limit + 1))
                        .stream()
                        .map(NotificationView::of)
                        .toList());
        if (missed == null) {
            return true;
        }
        if (missed.size() > limit) {
            var newest = transactions.execute(status ->
                    notifications
                            .findByMemberIdAndSeqGreaterThanOrderBySeqDesc(memberId, lastEventId, Limit.of(1))
                            .stream()
                            .findFirst()
                            .map(Notification::seq)
                            .orElse(lastEventId));
            return connection.resync(newest == null ? lastEventId : newest);
        }
        for (var notification : missed) {
            if (!connection.sendNow(StreamMessage.of(memberId, notification))) {
                return false;
            }
        }
        return true;
    }

    /** Hands a message to the member's streams on this instance. */
    void deliver(StreamMessage message) {
        var open = connections.get(message.memberId());
        if (open == null) {
            return;
        }
        for (var connection : open) {
            if (!connection.offer(message)) {
                remove(connection);
            }
        }
    }

    /** How many streams the member has open on this instance. */
    public int openStreams(UUID memberId) {
        var open = connections.get(memberId);
        return open == null ? 0 : open.size();
    }

    void heartbeat() {
        connections
                .values()
                .forEach(open -> open.forEach(connection -> {
                    if (!connection.heartbeat()) {
                        remove(connection);
                    }
                }));
    }

    private void remove(StreamConnection connection) {
        connection.close();
        connections.computeIfPresent(connection.memberId(), (id, open) -> {
            open.remove(connection);
            return open.isEmpty() ? null : open;
        });
    }

    @Override
    public void destroy() {
        heartbeats.cancel(false);
        connections
                .values()
                .forEach(open -> open.forEach(connection -> {
                    connection.close();
                    connection.emitter().complete();
                }));
        connections.clear();
    }
}
