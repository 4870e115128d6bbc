package com.mediaflow.notifications.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open live stream. It sends a member's notifications strictly in sequence order, reading them
 * from the database from the last one it sent: a signal from Redis only says "there is more". So
 * signals that arrive late, twice or out of order (two instances publish independently) can
 * neither reorder, repeat nor skip a notification.
 */
final class StreamConnection {

    static final String NOTIFICATION = "notification";
    static final String UNREAD_COUNT = "unread_count";
    static final String RESYNC = "resync";

    /** Reads a member's notifications after a sequence, oldest first, at most {@code limit}. */
    @FunctionalInterface
    interface Source {
        List<NotificationView> after(long sequence, int limit);
    }

    private final UUID memberId;
    private final SseEmitter emitter;
    private final int pageSize;
    private boolean started;
    private boolean closed;
    private long lastSequence;

    StreamConnection(UUID memberId, SseEmitter emitter, int pageSize) {
        this.memberId = memberId;
        this.emitter = emitter;
        this.pageSize = pageSize;
    }

    UUID memberId() {
        return memberId;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /**
     * Starts the stream after {@code sequence} and sends what came since. Signals that arrived before
     * were ignored: this first catch-up covers them. Returns false if the client is gone.
     */
    synchronized boolean start(long sequence, Source source) {
        lastSequence = sequence;
        started = true;
        return catchUp(source);
    }

    /** Tells the client it missed more than can be replayed (reload the list), and continues after {@code newest}. */
    synchronized boolean resync(long newest) {
        lastSequence = newest;
        return write(SseEmitter.event()
                .id(Long.toString(newest))
                .name(RESYNC)
                .data(Map.of("reason", "too_many_missed"), MediaType.APPLICATION_JSON));
    }

    /** Sends every notification after the last one sent. Returns false if the client is gone. */
    synchronized boolean catchUp(Source source) {
        if (closed) {
            return false;
        }
        if (!started) {
            return true;
        }
        List<NotificationView> page;
        do {
            page = source.after(lastSequence, pageSize);
            for (var notification : page) {
                if (!write(SseEmitter.event()
                        .id(Long.toString(notification.sequence()))
                        .name(NOTIFICATION)
                        .data(notification, MediaType.APPLICATION_JSON))) {
                    return false;
                }
                lastSequence = notification.sequence();
            }
        } while (page.size() == pageSize);
        return true;
    }

    synchronized boolean unreadCount(long count) {
        return write(SseEmitter.event().name(UNREAD_COUNT).data(new UnreadCount(count), MediaType.APPLICATION_JSON));
    }

    synchronized boolean heartbeat() {
        return write(SseEmitter.event().comment("heartbeat"));
    }

    synchronized void close() {
        closed = true;
    }

    private boolean write(SseEmitter.SseEventBuilder event) {
        if (closed) {
            return false;
        }
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            closed = true;
            emitter.completeWithError(e);
            return false;
        }
    }
}
