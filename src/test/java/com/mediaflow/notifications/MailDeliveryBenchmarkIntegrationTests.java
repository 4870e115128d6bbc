package com.mediaflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Mailbox;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the outbox against the local SMTP server and prints the figures: how many e-mails per
 * second the workers send, and the delay from the commit that queued a message to the server
 * accepting it. Asserts only that every message arrived exactly once; the numbers are reported,
 * not checked, as they depend on the machine. {@code -Dbenchmark.messages=2000} for a longer run.
 */
@IntegrationTest
class MailDeliveryBenchmarkIntegrationTests {

    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 400);
    private static final int SINGLES = Integer.getInteger("benchmark.singles", 60);

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void throughputAndCommitToDeliveryDelay() {
        var marker = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        var model = new MailModels.TaskAssigned(
                "Ed Editor",
                "Colour grade the teaser",
                "Spring Campaign",
                "Pam Producer",
                null,
                "https://crm.studio.test/tasks/1");

        // Throughput: a burst of messages committed at once.
        var burst = marker + "-burst";
        transactions.executeWithoutResult(status -> {
            for (var i = 0; i < MESSAGES; i++) {
                mailer.send(MailTemplate.TASK_ASSIGNED, MailRecipient.address(burst + "-" + i + "@bench.test"), model);
            }
        });
        var committed = Instant.now();
        Awaitility.await()
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> sent(burst) == MESSAGES);
        var lastSent = lastSentAt(burst);
        var seconds = Duration.between(committed, lastSent).toNanos() / 1e9;

        // Delay: single messages, each in its own transaction, one after the other.
        var delays = new ArrayList<Duration>();
        for (var i = 0; i < SINGLES; i++) {
            var address = marker + "-single-" + i + "@bench.test";
            var id = mailer.send(MailTemplate.TASK_ASSIGNED, MailRecipient.address(address), model)
                    .orElseThrow();
            var commit = Instant.now();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(2))
                    .until(() -> sentAt(id) != null);
            delays.add(Duration.between(commit, sentAt(id)));
        }
        Collections.sort(delays);

        var received = Mailbox.shared().all().stream()
                .filter(mail -> mail.to().get(0).startsWith(marker))
                .toList();
        assertThat(received).hasSize(MESSAGES + SINGLES);
        assertThat(received.stream().map(Mailbox.Mail::messageId).distinct()).hasSize(MESSAGES + SINGLES);
        System.out.printf(
                Locale.ROOT,
                "%nMail delivery benchmark (local SMTP): %d messages in %.2f s = %.0f e-mails/s;"
                        + " commit to delivery over %d single messages: median %d ms, p90 %d ms, max %d ms%n%n",
                MESSAGES,
                seconds,
                MESSAGES / seconds,
                SINGLES,
                delays.get(delays.size() / 2).toMillis(),
                delays.get(delays.size() * 9 / 10).toMillis(),
                delays.get(delays.size() - 1).toMillis());
    }

    private long sent(String prefix) {
        return jdbc.sql(
                        "SELECT count(*) FROM notification_mail_outbox WHERE recipient LIKE :prefix AND status = 'SENT'")
                .param("prefix", prefix + "-%")
                .query(Long.class)
                .single();
    }

    private Instant lastSentAt(String prefix) {
        return jdbc.sql("SELECT max(sent_at) FROM notification_mail_outbox WHERE recipient LIKE :prefix")
                .param("prefix", prefix + "-%")
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private Instant sentAt(UUID id) {
        var at = jdbc.sql("SELECT sent_at FROM notification_mail_outbox WHERE id = ?")
                .param(id)
                .query(Timestamp.class)
                .optional();
        return at.map(Timestamp::toInstant).orElse(null);
    }
}
