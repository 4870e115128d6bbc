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
    private final List<NotificationView> committed = new ArrayList<>();
    private final StreamConnection.Source source = (after, limit) -> committed.stream()
            .filter(notification -> notification.sequence() > after)
            .limit(limit)
            .toList();

    @Test
    void startingAfterASequenceSendsEverythingNewerInOrder() {
        commit(3, 7, 9);
        var connection = new StreamConnection(member, emitter, 2);

        assertThat(connection.start(3, source)).isTrue();

        assertThat(emitter.ids()).containsExactly("7", "9");
    }

    @Test
    void signalsBeforeTheStartAreCoveredByItAndRepeatedSignalsSendNothingTwice() {
        var connection = new StreamConnection(member, emitter, 10);
        commit(5);
        connection.catchUp(source);
        assertThat(emitter.ids()).as("not started yet").isEmpty();

        connection.start(0, source);
        connection.catchUp(source);
        commit(6, 8);
        connection.catchUp(source);
        connection.catchUp(source);

        assertThat(emitter.ids()).containsExactly("5", "6", "8");
    }

    @Test
    void aBurstLargerThanOnePageIsSentWhole() {
        var connection = new StreamConnection(member, emitter, 2);
        connection.start(0, source);
        commit(1, 2, 3, 4, 5);

        connection.catchUp(source);

        assertThat(emitter.ids()).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void aConnectionWhoseClientIsGoneSaysSo() {
        var connection = new StreamConnection(member, emitter, 10);
        connection.start(0, source);
        emitter.failing = true;
        commit(1);

        assertThat(connection.catchUp(source)).isFalse();
        assertThat(connection.heartbeat()).isFalse();
        assertThat(connection.unreadCount(1)).isFalse();
    }

    private void commit(long... sequences) {
        for (var sequence : sequences) {
            committed.add(new NotificationView(
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
