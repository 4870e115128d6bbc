package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationProperties;
import java.sql.Timestamp;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly clean-up, on one instance at a time (ShedLock): delivered and failed e-mail leave the
 * outbox, and notifications read long ago leave the inbox, after the retention periods of
 * {@code mediaflow.notifications.retention}.
 */
@Component
public class NotificationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(NotificationHousekeeping.class);

    private final JdbcClient jdbc;
    private final NotificationProperties.Retention retention;
    private final Clock clock;

    NotificationHousekeeping(JdbcClient jdbc, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.retention = properties.retention();
        this.clock = clock;
    }

    /** What one run removed. */
    public record Removed(int sentMail, int failedMail, int readNotifications) {}

    @Scheduled(cron = "${mediaflow.notifications.housekeeping-cron:0 17 3 * * *}")
    @SchedulerLock(name = "notifications.housekeeping", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public Removed clean() {
        var now = clock.instant();
        var sent = jdbc.sql("DELETE FROM notification_mail_outbox WHERE status = 'SENT' AND sent_at < :before")
                .param("before", Timestamp.from(now.minus(retention.sentMail())))
                .update();
        var failed = jdbc.sql("DELETE FROM notification_mail_outbox WHERE status = 'FAILED' AND updated_at < :before")
                .param("before", Timestamp.from(now.minus(retention.failedMail())))
                .update();
        var read = jdbc.sql("DELETE FROM notifications WHERE read_at IS NOT NULL AND read_at < :before")
                .param("before", Timestamp.from(now.minus(retention.readNotifications())))
                .update();
        var removed = new Removed(sent, failed, read);
        if (sent + failed + read > 0) {
            log.info("Notifications housekeeping removed {}", removed);
        }
        return removed;
    }
}
