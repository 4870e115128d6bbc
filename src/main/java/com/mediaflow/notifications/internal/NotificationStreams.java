package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationProperties;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
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
 * after that sequence (if more than {@code replay-limit}, a {@code resync} event instead), then the
 * unread count, then live notifications. Live ones are read from the database whenever Redis
 * signals a commit, so each stream sends them in commit order without gaps or repeats. Idle streams
 * get a heartbeat comment.
 */
@Component
public class NotificationStreams implements DisposableBean {

    /** More streams than this per member on one instance (tabs, devices) close their oldest. */
    static final int MAX_STREAMS_PER_MEMBER = 10;

    private final Map<UUID, Deque<StreamConnection>> connections = new ConcurrentHashMap<>();
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
        var connection = new StreamConnection(memberId, emitter, settings.replayLimit());
        emitter.onCompletion(() -> remove(connection));
        // Ending the stream here makes its timeout a normal end, not an error: the client simply reconnects.
        emitter.onTimeout(() -> {
            remove(connection);
            emitter.complete();
        });
        emitter.onError(error -> remove(connection));
        // Registered before it starts, so a notification committed meanwhile is caught up on, not missed.
        var evicted = new ArrayList<StreamConnection>();
        connections.compute(memberId, (id, existing) -> {
            var open = existing == null ? new ConcurrentLinkedDeque<StreamConnection>() : existing;
            open.addLast(connection);
            while (open.size() > MAX_STREAMS_PER_MEMBER) {
                evicted.add(open.pollFirst());
            }
            return open;
        });
        evicted.forEach(oldest -> {
            oldest.close();
            oldest.emitter().complete();
        });
        var source = source(memberId);
        boolean alive;
        if (lastEventId == null) {
            alive = connection.start(newestSequence(memberId, 0), source);
        } else if (source.after(lastEventId, settings.replayLimit() + 1).size() > settings.replayLimit()) {
            var newest = newestSequence(memberId, lastEventId);
            alive = connection.resync(newest) && connection.start(newest, source);
        } else {
            alive = connection.start(lastEventId, source);
        }
        if (alive) {
            var unread = transactions.execute(status -> notifications.countByMemberIdAndReadAtIsNull(memberId));
            alive = connection.unreadCount(unread == null ? 0 : unread);
        }
        if (!alive) {
            remove(connection);
        }
        return emitter;
    }

    /** Hands a message to the member's streams on this instance. */
    void deliver(StreamMessage message) {
        var open = connections.get(message.memberId());
        if (open == null) {
            return;
        }
        var source = source(message.memberId());
        for (var connection : open) {
            var alive = message.unreadCount() != null
                    ? connection.unreadCount(message.unreadCount())
                    : connection.catchUp(source);
            if (!alive) {
                remove(connection);
            }
        }
    }

    private StreamConnection.Source source(UUID memberId) {
        return (after, limit) -> {
            var page = transactions.execute(status ->
                    notifications
                            .findByMemberIdAndSeqGreaterThanOrderBySeqAsc(memberId, after, Limit.of(limit))
                            .stream()
                            .map(NotificationView::of)
                            .toList());
            return page == null ? List.of() : page;
        };
    }

    private long newestSequence(UUID memberId, long otherwise) {
        var newest = transactions.execute(status ->
                notifications.findByMemberIdAndSeqGreaterThanOrderBySeqDesc(memberId, otherwise, Limit.of(1)).stream()
                        .findFirst()
                        .map(Notification::seq)
                        .orElse(otherwise));
        return newest == null ? otherwise : newest;
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
