package com.mediaflow.notifications.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open live stream. While it replays what the member missed, live messages wait in a buffer;
 * afterwards they are sent in order, and a notification already sent (by sequence) is never sent
 * twice.
 */
final class StreamConnection {

    static final String NOTIFICATION = "notification";
    static final String UNREAD_COUNT = "unread_count";
    static final String RESYNC = "resync";

    private final UUID memberId;
    private final SseEmitter emitter;
    private final List<StreamMessage> buffered = new ArrayList<>();
    private boolean replaying = true;
    private boolean closed;
    private long lastSequence;

    StreamConnection(UUID memberId, SseEmitter emitter, long lastSequence) {
        this.memberId = memberId;
        this.emitter = emitter;
        this.lastSequence = lastSequence;
    }

    UUID memberId() {
        return memberId;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /** A live message: sent now, or after the replay. Returns false if the connection is gone. */
    synchronized boolean offer(StreamMessage message) {
        if (closed) {
            return false;
        }
        if (replaying) {
            buffered.add(message);
            return true;
        }
        return send(message);
    }

    /** Sends at once, ahead of anything buffered: the replay and the initial unread count. */
    synchronized boolean sendNow(StreamMessage message) {
        return send(message);
    }

    /** Tells the client it missed more than can be replayed: reload the list; carries the newest sequence. */
    synchronized boolean resync(long newestSequence) {
        lastSequence = Math.max(lastSequence, newestSequence);
        return write(SseEmitter.event()
                .id(Long.toString(newestSequence))
                .name(RESYNC)
                .data(Map.of("reason", "too_many_missed"), MediaType.APPLICATION_JSON));
    }

    /** Ends the replay and sends what arrived meanwhile. */
    synchronized boolean finishReplay() {
        replaying = false;
        for (var message : buffered) {
            if (!send(message)) {
                return false;
            }
        }
        buffered.clear();
        return !closed;
    }

    synchronized boolean heartbeat() {
        return !closed && write(SseEmitter.event().comment("heartbeat"));
    }

    synchronized void close() {
        closed = true;
        buffered.clear();
    }

    private boolean send(StreamMessage message) {
        var notification = message.notification();
        if (notification != null) {
            if (notification.sequence() <= lastSequence) {
                return true;
            }
            lastSequence = notification.sequence();
            return write(SseEmitter.event()
                    .id(Long.toString(notification.sequence()))
                    .name(NOTIFICATION)
                    .data(notification, MediaType.APPLICATION_JSON));
        }
        if (message.unreadCount() != null) {
            return write(SseEmitter.event()
                    .name(UNREAD_COUNT)
                    .data(new UnreadCount(message.unreadCount()), MediaType.APPLICATION_JSON));
        }
        return true;
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
