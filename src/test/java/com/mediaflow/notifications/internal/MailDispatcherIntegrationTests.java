package com.mediaflow.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.NotificationProperties;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.Mailbox;
import com.mediaflow.support.MutableClock;
import com.mediaflow.support.TestUsers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The mail worker against an SMTP server of its own that the tests stop and start. The worker's
 * clock runs a day ahead, so the application's own workers (on the real clock) leave these
 * messages alone and the tests decide exactly when each attempt happens.
 */
@IntegrationTest
class MailDispatcherIntegrationTests {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    private final String marker = "disp-" + UUID.randomUUID().toString().substring(0, 8);
    private final MutableClock clock =
            new MutableClock(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));
    private final int port = freePort();
    private GreenMail smtp;
    private NotificationProperties properties;
    private OutboxLedger ledger;
    private MailOutbox outbox;

    @BeforeEach
    void setUp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        properties = properties(3, 5);
        ledger = new OutboxLedger(jdbc, transactions);
        outbox = new MailOutbox(jdbc, new OutboxSignal(), properties, clock);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        jdbc.sql("DELETE FROM notification_mail_outbox WHERE recipient LIKE :marker")
                .param("marker", marker + "%")
                .update();
    }

    @Test
    void mailWaitsWhileTheSmtpServerIsDownAndGoesOutOnceItIsBack() {
        var dispatcher = dispatcher(properties);
        var id = enqueue("down-and-up");

        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        var first = row(id);
        assertThat(first.status()).isEqualTo("QUEUED");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).containsIgnoringCase("connect");
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofSeconds(30)));

        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher.dispatchOnce()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        var second = row(id);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt())
                .as("the delay doubles")
                .isEqualTo(clock.instant().plus(Duration.ofSeconds(60)));

        smtp.start();
        clock.advance(Duration.ofSeconds(61));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);

        var sent = row(id);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(new Mailbox(smtp).to(address("down-and-up"))).hasSize(1);
    }

    @Test
    void afterItsLastAttemptAMessageFailsWithItsReasonAndAnOwnerCanQueueItAgain() {
        var dispatcher = dispatcher(properties);
        var id = enqueue("gives-up");
        for (var attempt = 0; attempt < 3; attempt++) {
            assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(dispatcher.dispatchOnce())
                .as("failed mail is not tried again")
                .isZero();
        var owner = users.create(Role.OWNER);

        var failed = mvc.get()
                .uri("/api/notifications/outbox/{id}", id)
                .header("Authorization", owner.bearer())
                .exchange();
        assertThat(failed).hasStatusOk();
        assertThat(failed).bodyJson().extractingPath("$.status").isEqualTo("failed");
        assertThat(failed).bodyJson().extractingPath("$.attempts").isEqualTo(3);
        assertThat(failed).bodyJson().extractingPath("$.attempt_limit").isEqualTo(3);
        assertThat(failed).bodyJson().extractingPath("$.next_attempt_at").isNull();
        assertThat(Json.<String>read(failed, "$.last_error")).containsIgnoringCase("connect");

        var retried = mvc.post()
                .uri("/api/notifications/outbox/{id}/retry", id)
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(retried).hasStatusOk();
        assertThat(retried).bodyJson().extractingPath("$.status").isIn("queued", "sending", "sent");
        assertThat(retried).bodyJson().extractingPath("$.attempt_limit").isEqualTo(3 + 15);
        // Queued again on the real clock, so the application's own workers send it through the shared mailbox.
        Mailbox.shared().await(address("gives-up"), any -> true);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> row(id).status().equals("SENT"));
        assertThat(Mailbox.shared().to(address("gives-up"))).hasSize(1);
    }

    @Test
    void twoWorkersRacingSendEveryMessageExactlyOnce() throws Exception {
        smtp.start();
        var racing = properties(3, 5);
        var ids = new ArrayList<UUID>();
        for (var i = 0; i < 120; i++) {
            ids.add(enqueue("race-" + i));
        }
        // Both workers claim at the same moment, round after round, until everything is taken.
        var rounds = 40;
        var together = new CyclicBarrier(2);
        Callable<Integer> worker = () -> {
            var dispatcher = dispatcher(racing);
            var claimed = 0;
            for (var round = 0; round < rounds; round++) {
                together.await(30, TimeUnit.SECONDS);
                claimed += dispatcher.dispatchOnce();
            }
            return claimed;
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var one = pool.submit(worker);
            var two = pool.submit(worker);

            assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(120);
            assertThat(one.get()).as("both workers took part").isPositive();
            assertThat(two.get()).as("both workers took part").isPositive();
        } finally {
            pool.shutdownNow();
        }

        var received = new Mailbox(smtp)
                .all().stream()
                        .filter(mail -> mail.to().get(0).startsWith(marker))
                        .toList();
        assertThat(received).hasSize(120);
        assertThat(received.stream().map(Mailbox.Mail::messageId).distinct()).hasSize(120);
        for (var id : ids) {
            var row = row(id);
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).isEqualTo(1);
        }
    }

    @Test
    void aMessageWhoseWorkerDiedAfterTheServerTookItIsSentAgainWithTheSameMessageId() throws Exception {
        smtp.start();
        var id = enqueue("crash-after-send");
        var claimed = claimOnly(id);
        var gateway = new SmtpGateway(sender(port), properties);
        try (var connection = gateway.connect()) {
            connection.send(gateway.toMime(claimed, List.of(), clock.instant()));
        }
        // ... and the worker dies here, before recording the message as sent.
        var dispatcher = dispatcher(properties);
        assertThat(dispatcher.dispatchOnce()).as("the lease still holds").isZero();

        clock.advance(LEASE.plusSeconds(1));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);

        var copies = new Mailbox(smtp).to(address("crash-after-send"));
        assertThat(copies).hasSize(2);
        assertThat(copies.get(0).messageId()).isEqualTo(copies.get(1).messageId());
        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(row(id).attempts()).isEqualTo(2);
    }

    @Test
    void aMessageWhoseWorkerDiedBeforeSendingGoesOutOnceTheLeaseLapses() {
        smtp.start();
        var id = enqueue("crash-before-send");
        claimOnly(id);
        var dispatcher = dispatcher(properties);

        clock.advance(LEASE.plusSeconds(1));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);

        assertThat(new Mailbox(smtp).to(address("crash-before-send"))).hasSize(1);
        assertThat(row(id).status()).isEqualTo("SENT");
    }

    @Test
    void aStoppingWorkerGivesItsBatchBackUntried() {
        smtp.start();
        var first = enqueue("stop-1");
        var second = enqueue("stop-2");
        var dispatcher = dispatcher(properties);
        dispatcher.stop();

        dispatcher.dispatchOnce();

        for (var id : List.of(first, second)) {
            assertThat(row(id).status()).isEqualTo("QUEUED");
            assertThat(row(id).attempts()).isZero();
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(dispatcher(properties).dispatchOnce()).isGreaterThanOrEqualTo(2);
        assertThat(new Mailbox(smtp).to(address("stop-1"))).hasSize(1);
        assertThat(new Mailbox(smtp).to(address("stop-2"))).hasSize(1);
    }

    @Test
    void aMessageThatCannotBeBuiltFailsAtOnceWithoutRetries() {
        smtp.start();
        var id = enqueue("broken");
        jdbc.sql("UPDATE notification_mail_outbox SET recipient = :broken WHERE id = :id")
                .param("broken", marker + " broken@@address")
                .param("id", id)
                .update();

        dispatcher(properties).dispatchOnce();

        var row = row(id);
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).startsWith("Cannot build the message");
    }

    private UUID enqueue(String name) {
        return transactions.execute(status -> outbox.enqueue(new OutgoingMail(
                null,
                MailRecipient.address(address(name)),
                "Dispatcher test " + name,
                "Hello " + name,
                "<p>Hello " + name + "</p>",
                List.of(),
                false)));
    }

    private String address(String name) {
        return marker + "-" + name + "@studio.test";
    }

    /** Claims the message as a worker would, giving back anything else the claim took. */
    private ClaimedMail claimOnly(UUID id) {
        var claimed = ledger.claim(50, LEASE, clock.instant());
        ClaimedMail mine = null;
        for (var mail : claimed) {
            if (mail.id().equals(id)) {
                mine = mail;
            } else {
                ledger.release(mail, Instant.now());
            }
        }
        assertThat(mine).as("claimed").isNotNull();
        return mine;
    }

    private MailDispatcher dispatcher(NotificationProperties settings) {
        return new MailDispatcher(
                ledger,
                new SmtpGateway(sender(port), settings),
                new OutboxSignal(),
                settings,
                clock,
                new SimpleMeterRegistry());
    }

    private record Row(String status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt) {}

    private Row row(UUID id) {
        return jdbc.sql("""
                        SELECT status, attempts, last_error, next_attempt_at, sent_at
                        FROM notification_mail_outbox WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        instant(rs.getTimestamp("next_attempt_at")),
                        instant(rs.getTimestamp("sent_at"))))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var javaMail = new Properties();
        javaMail.put("mail.smtp.connectiontimeout", "2000");
        javaMail.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    private static NotificationProperties properties(int attemptLimit, int batchSize) {
        return new NotificationProperties(
                "http://localhost:3000",
                null,
                new NotificationProperties.Mail(
                        "MediaFlow <no-reply@mediaflow.local>",
                        0,
                        batchSize,
                        Duration.ofSeconds(2),
                        LEASE,
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(30),
                        attemptLimit,
                        DataSize.ofMegabytes(20)),
                new NotificationProperties.Stream(
                        Duration.ofSeconds(15), Duration.ofMinutes(30), 500, "mediaflow:notifications"),
                new NotificationProperties.Retention(Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(90)),
                "0 17 3 * * *");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
