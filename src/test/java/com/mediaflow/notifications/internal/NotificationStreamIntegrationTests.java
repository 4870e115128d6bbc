package com.mediaflow.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.mediaflow.notifications.NotificationLink;
import com.mediaflow.notifications.NotificationProperties;
import com.mediaflow.notifications.NotificationType;
import com.mediaflow.notifications.Notifications;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestUsers;
import com.mediaflow.support.TestUsers.TestUser;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The live stream over Server-Sent Events, its replay on reconnect, and its Redis relay between instances. */
@IntegrationTest
class NotificationStreamIntegrationTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationStreams streams;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RedisConnectionFactory redisConnections;

    @Autowired
    NotificationProperties properties;

    @Autowired
    JdbcClient jdbc;

    private final List<MvcResult> open = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        open.forEach(result -> result.getRequest().getAsyncContext().complete());
    }

    @Test
    void aNotificationCommittedWhileConnectedIsPushedWithItsSequenceAsTheEventId() throws Exception {
        var editor = users.create(Role.EDITOR);
        var stream = connect(editor, null);
        var initial = stream.await(event -> event.name().equals("unread_count"));
        assertThat(JsonPath.<Integer>read(initial.data(), "$.unread_count")).isZero();
        var taskId = UUID.randomUUID();

        var id = notifications
                .notify(
                        editor.id(),
                        NotificationType.TASK_ASSIGNED,
                        "New task",
                        "Colour grade",
                        NotificationLink.to("task", taskId, "/tasks/" + taskId))
                .orElseThrow();

        var pushed = stream.await(event -> event.name().equals("notification"));
        assertThat(JsonPath.<String>read(pushed.data(), "$.id")).isEqualTo(id.toString());
        assertThat(JsonPath.<String>read(pushed.data(), "$.type")).isEqualTo("task_assigned");
        assertThat(JsonPath.<String>read(pushed.data(), "$.link.path")).isEqualTo("/tasks/" + taskId);
        assertThat(pushed.id()).isEqualTo(String.valueOf(JsonPath.<Integer>read(pushed.data(), "$.sequence")));
    }

    @Test
    void reconnectingWithLastEventIdReplaysExactlyWhatWasMissedInOrder() throws Exception {
        var editor = users.create(Role.EDITOR);
        var seen = notify(editor, "Seen before the drop");
        notify(editor, "Missed one");
        notify(editor, "Missed two");

        var stream = connect(editor, Long.toString(seen));

        var unread = stream.await(event -> event.name().equals("unread_count"));
        var replayed = stream.events().stream()
                .filter(event -> event.name().equals("notification"))
                .toList();
        assertThat(replayed)
                .extracting(event -> JsonPath.<String>read(event.data(), "$.title"))
                .containsExactly("Missed one", "Missed two");
        assertThat(Long.parseLong(replayed.get(0).id())).isGreaterThan(seen);
        assertThat(Long.parseLong(replayed.get(1).id()))
                .isGreaterThan(Long.parseLong(replayed.get(0).id()));
        assertThat(JsonPath.<Integer>read(unread.data(), "$.unread_count")).isEqualTo(3);
        assertThat(stream.events().indexOf(unread)).as("the replay comes first").isEqualTo(2);
    }

    @Test
    void aClientThatMissedMoreThanCanBeReplayedIsToldToReload() throws Exception {
        var editor = users.create(Role.EDITOR);
        var seen = notify(editor, "Seen");
        long newest = 0;
        for (var i = 0; i <= properties.stream().replayLimit(); i++) {
            newest = notify(editor, "Missed " + i);
        }

        var stream = connect(editor, Long.toString(seen));

        var resync = stream.await(event -> event.name().equals("resync"));
        assertThat(resync.id()).isEqualTo(Long.toString(newest));
        assertThat(stream.events()).noneMatch(event -> event.name().equals("notification"));
    }

    @Test
    void aNotificationCommittedByAnotherInstanceReachesTheStreamWhenItSignalsThroughRedis() throws Exception {
        var editor = users.create(Role.EDITOR);
        var stream = connect(editor, null);
        stream.await(event -> event.name().equals("unread_count"));
        // Instance A commits two notifications, and its signal for the first is lost on the way.
        var first = commitElsewhere(editor, "Signed on instance A");
        var second = commitElsewhere(editor, "Viewed on instance A");

        redis.convertAndSend(
                properties.stream().channel(),
                "{\"member_id\":\"%s\",\"committed_up_to\":%d,\"unread_count\":null}".formatted(editor.id(), second));

        var pushed = stream.awaitCount(event -> event.name().equals("notification"), 2);
        assertThat(pushed).extracting(Event::id).containsExactly(Long.toString(first), Long.toString(second));
        assertThat(JsonPath.<String>read(pushed.get(0).data(), "$.title")).isEqualTo("Signed on instance A");
    }

    @Test
    void everyNotificationIsPublishedOnTheChannelTheOtherInstancesListenTo() throws Exception {
        var editor = users.create(Role.EDITOR);
        var heard = new LinkedBlockingQueue<String>();
        var otherInstance = new RedisMessageListenerContainer();
        otherInstance.setConnectionFactory(redisConnections);
        otherInstance.addMessageListener(
                (message, pattern) -> heard.add(new String(message.getBody())),
                new ChannelTopic(properties.stream().channel()));
        otherInstance.afterPropertiesSet();
        otherInstance.start();
        try {
            awaitSubscribed(otherInstance);
            var id = notify(editor, "Heard everywhere");

            String message;
            do {
                message = heard.poll(10, TimeUnit.SECONDS);
                assertThat(message).as("a message on the channel").isNotNull();
            } while (!message.contains(editor.id().toString()));
            assertThat(JsonPath.<Number>read(message, "$.committed_up_to").longValue())
                    .isEqualTo(id);
        } finally {
            otherInstance.stop();
            otherInstance.destroy();
        }
    }

    @Test
    void readingOnOneDeviceUpdatesTheUnreadCountOnTheOthers() throws Exception {
        var editor = users.create(Role.EDITOR);
        var stream = connect(editor, null);
        stream.await(event -> event.name().equals("unread_count"));
        var first = notifications
                .notify(editor.id(), NotificationType.EXPENSE_APPROVED, "One", null, null)
                .orElseThrow();
        notify(editor, "Two");
        stream.await(
                event -> event.name().equals("notification") && event.data().contains("Two"));

        var read = mvc.patch()
                .uri("/api/notifications/{id}/read", first)
                .header("Authorization", editor.bearer())
                .exchange();

        assertThat(read).hasStatusOk();
        var count = stream.await(event ->
                event.name().equals("unread_count") && JsonPath.<Integer>read(event.data(), "$.unread_count") == 1);
        assertThat(stream.events().indexOf(count))
                .as("after the two notifications")
                .isGreaterThan(2);
    }

    @Test
    void idleStreamsGetHeartbeats() throws Exception {
        var editor = users.create(Role.EDITOR);
        var stream = connect(editor, null);
        stream.await(event -> event.name().equals("unread_count"));

        streams.heartbeat();

        assertThat(stream.awaitRaw(body -> body.contains(":heartbeat"))).contains(":heartbeat");
        assertThat(streams.openStreams(editor.id())).isEqualTo(1);
    }

    @Test
    void aClosedStreamIsForgotten() throws Exception {
        var editor = users.create(Role.EDITOR);
        var stream = connect(editor, null);
        stream.await(event -> event.name().equals("unread_count"));
        assertThat(streams.openStreams(editor.id())).isEqualTo(1);

        stream.result().getRequest().getAsyncContext().complete();
        open.remove(stream.result());

        assertThat(streams.openStreams(editor.id())).isZero();
    }

    @Test
    void aMemberOpeningTooManyStreamsLosesTheOldest() throws Exception {
        var editor = users.create(Role.EDITOR);
        var first = connect(editor, null);
        for (var i = 1; i < NotificationStreams.MAX_STREAMS_PER_MEMBER; i++) {
            connect(editor, null);
        }
        assertThat(streams.openStreams(editor.id())).isEqualTo(NotificationStreams.MAX_STREAMS_PER_MEMBER);

        var newest = connect(editor, null);
        notify(editor, "Only the open ones hear this");

        newest.await(event -> event.data().contains("Only the open ones"));
        assertThat(streams.openStreams(editor.id())).isEqualTo(NotificationStreams.MAX_STREAMS_PER_MEMBER);
        assertThat(first.raw()).doesNotContain("Only the open ones");
    }

    @Test
    void theStreamNeedsAnAccessTokenAndANumericLastEventId() {
        var editor = users.create(Role.EDITOR);

        var anonymous = mvc.get()
                .uri("/api/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange();
        var badId = mvc.get()
                .uri("/api/notifications/stream")
                .header("Authorization", editor.bearer())
                .header("Last-Event-ID", "yesterday")
                .exchange();

        assertThat(anonymous).hasStatus(401);
        assertThat(badId).hasStatus(400);
        assertThat(badId).bodyJson().extractingPath("$.errors[0].field").isEqualTo("Last-Event-ID");
    }

    @Test
    void theOpenApiDocumentDescribesTheStreamAsServerSentEvents() {
        var document = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(document).hasStatusOk();
        assertThat(document)
                .bodyJson()
                .extractingPath("$.paths['/api/notifications/stream'].get.responses['200'].content")
                .asMap()
                .containsOnlyKeys("text/event-stream");
        assertThat(document)
                .bodyJson()
                .extractingPath("$.paths['/api/notifications/stream'].get.responses")
                .asMap()
                .containsKeys("200", "400", "401");
    }

    private long notify(TestUser user, String title) {
        var id = notifications
                .notify(user.id(), NotificationType.TASK_ASSIGNED, title, null, null)
                .orElseThrow();
        return sequenceOf(id);
    }

    /** A notification as another instance writes it: committed, numbered, and not relayed by this one. */
    private long commitElsewhere(TestUser user, String title) {
        return jdbc.sql("""
                        INSERT INTO notifications (id, seq, member_id, type, title, created_at)
                        VALUES (:id, nextval('notification_seq'), :member, 'PROPOSAL_SIGNED', :title, now())
                        RETURNING seq
                        """)
                .param("id", UUID.randomUUID())
                .param("member", user.id())
                .param("title", title)
                .query(Long.class)
                .single();
    }

    private long sequenceOf(UUID id) {
        return jdbc.sql("SELECT seq FROM notifications WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Stream connect(TestUser user, @Nullable String lastEventId) throws Exception {
        var request = get("/api/notifications/stream")
                .header("Authorization", user.bearer())
                .accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        var result = mockMvc.perform(request).andReturn();
        assertThat(result.getRequest().isAsyncStarted()).isTrue();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(result.getResponse().getHeader("X-Accel-Buffering")).isEqualTo("no");
        open.add(result);
        return new Stream(result);
    }

    private static void awaitSubscribed(RedisMessageListenerContainer container) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (!container.isListening() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(container.isListening()).isTrue();
    }

    record Event(String id, String name, String data) {}

    /** The events an open stream has written so far. */
    record Stream(MvcResult result) {

        String raw() {
            try {
                return result.getResponse().getContentAsString();
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        List<Event> events() {
            var events = new ArrayList<Event>();
            for (var block : raw().split("\n\n")) {
                String id = "";
                String name = "message";
                var data = new StringBuilder();
                for (var line : block.split("\n")) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6);
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    }
                }
                if (data.length() > 0) {
                    events.add(new Event(id, name, data.toString()));
                }
            }
            return events;
        }

        Event await(Predicate<Event> matching) throws InterruptedException {
            var deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (Instant.now().isBefore(deadline)) {
                var found = events().stream().filter(matching).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                Thread.sleep(20);
            }
            throw new AssertionError("No such event in the stream:\n" + raw());
        }

        List<Event> awaitCount(Predicate<Event> matching, int count) throws InterruptedException {
            var deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (Instant.now().isBefore(deadline)) {
                var found = events().stream().filter(matching).toList();
                if (found.size() >= count) {
                    return found;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("Fewer than " + count + " such events in the stream:\n" + raw());
        }

        String awaitRaw(Predicate<String> matching) throws InterruptedException {
            var deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (Instant.now().isBefore(deadline)) {
                if (matching.test(raw())) {
                    return raw();
                }
                Thread.sleep(20);
            }
            throw new AssertionError("The stream never matched:\n" + raw());
        }
    }
}
