package com.mediaflow.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.notifications.NotificationType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class StreamConnectionTests {

    private final UUID member = UUID.randomUUID();
    private final RecordingEmitter emitter = new RecordingEmitter();

    @Test
    void liveMessagesWaitForTheReplayAndAreNotSentTwice() {
        var connection = new StreamConnection(member, emitter, 10);
        connection.offer(message(12));
        connection.offer(message(13));

        connection.sendNow(message(11));
        connection.sendNow(message(12));
        assertThat(emitter.ids()).containsExactly("11", "12");

        connection.finishReplay();
        connection.offer(message(13));
        connection.offer(message(14));

        assertThat(emitter.ids()).containsExactly("11", "12", "13", "14");
    }

    @Test
    void notificationsTheClientAlreadyHasAreSkipped() {
        var connection = new StreamConnection(member, emitter, 20);
        connection.finishReplay();

        connection.offer(message(19));
        connection.offer(message(20));
        connection.offer(message(21));

        assertThat(emitter.ids()).containsExactly("21");
    }

    @Test
    void aConnectionWhoseClientIsGoneSaysSo() {
        var connection = new StreamConnection(member, emitter, 0);
        connection.finishReplay();
        emitter.failing = true;

        assertThat(connection.offer(message(1))).isFalse();
        assertThat(connection.heartbeat()).isFalse();
        assertThat(connection.offer(message(2))).isFalse();
    }

    private StreamMessage message(long sequence) {
        return StreamMessage.of(
                member,
                new NotificationView(
                        UUID.randomUUID(),
                        sequence,
                        NotificationType.TASK_ASSIGNED,
                        "Task " + sequence,
                        null,
                        null,
                        false,
                        null,
                        Instant.parse("2026-03-01T09:30:00Z")));
    }

    /** Keeps what would have been written to the client. */
    static final class RecordingEmitter extends SseEmitter {
        final List<String> written = new ArrayList<>();
        boolean failing;

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            if (failing) {
                throw new IOException("Broken pipe");
            }
            written.add(builder.build().stream()
                    .map(part -> String.valueOf(part.getData()))
                    .collect(Collectors.joining()));
        }

        List<String> ids() {
            return written.stream()
                    .filter(event -> event.startsWith("id:"))
                    .map(event -> event.substring(3, event.indexOf('\n')))
                    .toList();
        }
    }
}
