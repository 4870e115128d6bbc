package com.mediaflow.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.notifications.NotificationProperties;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.MutableClock;
import com.mediaflow.support.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NotificationHousekeepingIntegrationTests {

    private static final String JOB = "notifications.housekeeping";

    @Autowired
    NotificationHousekeeping housekeeping;

    @Autowired
    NotificationProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** Lets the lock lapse; the row stays, as ShedLock remembers which lock rows exist. */
    @AfterEach
    void releaseTheJob() {
        jdbc.sql("UPDATE shedlock SET lock_until = timezone('utc', now()) - interval '1 second' WHERE name = ?")
                .param(JOB)
                .update();
    }

    @Test
    void oldMailAndLongReadNotificationsGoWhileRecentAndUnreadOnesStay() {
        var oldSent = outbox("SENT", now.minus(Duration.ofDays(40)));
        var recentSent = outbox("SENT", now.minus(Duration.ofDays(1)));
        var oldFailed = outbox("FAILED", now.minus(Duration.ofDays(100)));
        var oldQueued = outbox("QUEUED", now.minus(Duration.ofDays(200)));
        var member = users.create(Role.EDITOR).id();
        var longRead = notification(member, now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(100)));
        var recentlyRead = notification(member, now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(1)));
        var oldUnread = notification(member, now.minus(Duration.ofDays(400)), null);
        var clock = new MutableClock(now);
        var job = new NotificationHousekeeping(jdbc, properties, clock);

        var removed = job.clean();

        assertThat(removed.sentMail()).isGreaterThanOrEqualTo(1);
        assertThat(removed.failedMail()).isGreaterThanOrEqualTo(1);
        assertThat(removed.readNotifications()).isGreaterThanOrEqualTo(1);
        assertThat(outboxExists(oldSent)).isFalse();
        assertThat(outboxExists(oldFailed)).isFalse();
        assertThat(outboxExists(recentSent)).isTrue();
        assertThat(outboxExists(oldQueued))
                .as("unsent mail is never thrown away")
                .isTrue();
        assertThat(notificationExists(longRead)).isFalse();
        assertThat(notificationExists(recentlyRead)).isTrue();
        assertThat(notificationExists(oldUnread))
                .as("unread notifications stay")
                .isTrue();

        clock.advance(Duration.ofDays(29).plusHours(1));
        job.clean();

        assertThat(outboxExists(recentSent)).as("30 days after it was sent").isFalse();
        assertThat(outboxExists(oldQueued)).isTrue();
        jdbc.sql("DELETE FROM notification_mail_outbox WHERE id = ?")
                .param(oldQueued)
                .update();
    }

    @Test
    void whileAnotherInstanceHoldsTheJobThisOneSkipsIt() {
        var oldSent = outbox("SENT", now.minus(Duration.ofDays(40)));
        jdbc.sql("""
                        INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
                        VALUES (:name, timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'instance-b')
                        ON CONFLICT (name) DO UPDATE
                        SET lock_until = EXCLUDED.lock_until, locked_at = EXCLUDED.locked_at, locked_by = 'instance-b'
                        """).param("name", JOB).update();

        var skipped = housekeeping.clean();

        assertThat(skipped).as("not run").isNull();
        assertThat(outboxExists(oldSent)).isTrue();

        releaseTheJob();
        var ran = housekeeping.clean();

        assertThat(ran).isNotNull();
        assertThat(outboxExists(oldSent)).isFalse();
        var holder = jdbc.sql("SELECT locked_by FROM shedlock WHERE name = ?")
                .param(JOB)
                .query(String.class)
                .single();
        assertThat(holder).as("this instance took the lock").isNotEqualTo("instance-b");
    }

    private UUID outbox(String status, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO notification_mail_outbox
                            (id, recipient, subject, text_body, message_id, redact_on_send, status, attempts,
                             attempt_limit, next_attempt_at, created_at, updated_at, sent_at)
                        VALUES (:id, 'old@studio.test', 'Old', 'Old', :messageId, false, :status, 1, 15,
                                :next, :at, :at, :sent)
                        """)
                .param("id", id)
                .param("messageId", "<" + id + "@test>")
                .param("status", status)
                .param("next", status.equals("QUEUED") ? Timestamp.from(now.plus(Duration.ofDays(365))) : null)
                .param("at", Timestamp.from(at))
                .param("sent", status.equals("SENT") ? Timestamp.from(at) : null)
                .update();
        return id;
    }

    private UUID notification(UUID member, Instant created, @Nullable Instant read) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO notifications (id, seq, member_id, type, title, created_at, read_at)
                        VALUES (:id, nextval('notification_seq'), :member, 'TASK_ASSIGNED', 'Old', :created, :read)
                        """)
                .param("id", id)
                .param("member", member)
                .param("created", Timestamp.from(created))
                .param("read", read == null ? null : Timestamp.from(read))
                .update();
        return id;
    }

    private boolean outboxExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM notification_mail_outbox WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private boolean notificationExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 1;
    }
}
