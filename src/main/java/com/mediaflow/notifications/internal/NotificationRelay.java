package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries stream messages to every instance through Redis pub/sub: a member connected to instance
 * B sees what instance A produced. Each instance hands what it hears to its own open streams. The
 * relay is best-effort by design: a message lost with Redis is still in the database and reaches
 * the member through the replay of their next reconnect.
 */
@Component
class NotificationRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationRelay.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final NotificationStreams streams;
    private final String channel;

    NotificationRelay(
            StringRedisTemplate redis,
            JsonMapper json,
            NotificationStreams streams,
            NotificationProperties properties) {
        this.redis = redis;
        this.json = json;
        this.streams = streams;
        this.channel = properties.stream().channel();
    }

    void publish(StreamMessage message) {
        try {
            redis.convertAndSend(channel, json.writeValueAsString(message));
        } catch (RuntimeException e) {
            // Without Redis the other instances cannot hear it; this one's streams still get it.
            log.warn("Cannot publish a notification through Redis, delivering locally only: {}", e.getMessage());
            streams.deliver(message);
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        StreamMessage decoded;
        try {
            decoded = json.readValue(message.getBody(), StreamMessage.class);
        } catch (RuntimeException e) {
            log.warn("Ignoring an unreadable message on {}: {}", channel, e.getMessage());
            return;
        }
        streams.deliver(decoded);
    }
}
