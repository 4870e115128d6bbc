package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail workers of this instance: threads that claim due messages from the outbox, send them
 * over SMTP and record the outcome. Every instance runs them; the claim keeps them from sending
 * the same message twice.
 *
 * <p><b>Delivery is at least once.</b> A message is marked sent only after the SMTP server has
 * accepted it. If the instance dies between the two (a window of one database update), the lease
 * lapses and another worker sends the message again, with the same {@code Message-ID} header so
 * mail clients can recognise the copy. The alternative, marking it sent first, would lose that
 * message instead; a lost invoice or password reset is worse than a rare duplicate. A graceful
 * stop loses and duplicates nothing: a worker finishes the message it is sending and gives the rest
 * of its batch back untried.
 *
 * <p>A failed attempt is retried after {@code retry-initial-delay}, doubling up to
 * {@code retry-max-delay}; a 5xx refusal or a malformed address fails the message at once, and so
 * does running out of {@code attempt-limit} attempts.
 */
@Component
public class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

    private final OutboxLedger ledger;
    private final SmtpGateway gateway;
    private final OutboxSignal signal;
    private final NotificationProperties.Mail settings;
    private final Clock clock;
    private final Counter sent;
    private final Counter retried;
    private final Counter failed;
    private final Timer delay;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean stopRequested;

    @Autowired
    MailDispatcher(
            OutboxLedger ledger,
            JavaMailSenderImpl sender,
            OutboxSignal signal,
            NotificationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this(ledger, new SmtpGateway(sender, properties), signal, properties, clock, meters);
    }

    MailDispatcher(
            OutboxLedger ledger,
            SmtpGateway gateway,
            OutboxSignal signal,
            NotificationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.ledger = ledger;
        this.gateway = gateway;
        this.signal = signal;
        this.settings = properties.mail();
        this.clock = clock;
        this.sent = Counter.builder("mediaflow.mail.sent")
                .description("E-mails accepted by the SMTP server")
                .register(meters);
        this.retried = Counter.builder("mediaflow.mail.attempts.failed")
                .description("Failed attempts that will be retried")
                .register(meters);
        this.failed = Counter.builder("mediaflow.mail.failed")
                .description("E-mails given up on")
                .register(meters);
        this.delay = Timer.builder("mediaflow.mail.delivery.delay")
                .description("From queuing an e-mail to the SMTP server accepting it")
                .register(meters);
    }

    /**
     * Claims one batch and works through it over a connection of its own. Returns how many messages
     * were claimed (0 when nothing was due).
     */
    int dispatchOnce() {
        try (var link = new SmtpLink()) {
            return dispatchOnce(link);
        }
    }

    private int dispatchOnce(SmtpLink link) {
        var batch = ledger.claim(settings.batchSize(), settings.lease(), clock.instant());
        for (var i = 0; i < batch.size(); i++) {
            var mail = batch.get(i);
            if (stopping()) {
                batch.subList(i, batch.size()).forEach(untried -> ledger.release(untried, clock.instant()));
                break;
            }
            if (mail.isOverLimit()) {
                giveUp(mail, "The instance sending this message stopped while sending it too often");
                continue;
            }
            MimeMessage message;
            var attachments = ledger.attachments(mail.id());
            try {
                message = gateway.toMime(mail, attachments, clock.instant());
            } catch (MessagingException | IllegalArgumentException e) {
                // A malformed address or header: no later attempt can do better.
                giveUp(mail, "Cannot build the message: " + SmtpGateway.describe(e));
                continue;
            }
            SmtpGateway.Connection connection;
            try {
                connection = link.open();
            } catch (MessagingException | RuntimeException e) {
                // The server cannot be reached: this message and the rest of the batch wait for their next try.
                batch.subList(i, batch.size()).forEach(waiting -> failAttempt(waiting, e));
                break;
            }
            try {
                connection.send(message);
                recordSent(mail);
            } catch (MessagingException | RuntimeException e) {
                link.close();
                failAttempt(mail, e);
            }
        }
        return batch.size();
    }

    private void recordSent(ClaimedMail mail) {
        var now = clock.instant();
        if (ledger.markSent(mail, now)) {
            sent.increment();
            delay.record(Duration.between(mail.createdAt(), now));
        } else {
            log.warn(
                    "Message {} was sent after its claim lapsed; another worker may send it again (same Message-ID)",
                    mail.id());
        }
    }

    private void failAttempt(ClaimedMail mail, Exception failure) {
        var permanent = SmtpGateway.isPermanent(failure);
        var reason = SmtpGateway.describe(failure);
        var now = clock.instant();
        var next = now.plus(backoff(settings, mail.attempts()));
        if (!ledger.markFailed(mail, reason, permanent, next, now)) {
            return;
        }
        if (permanent || mail.attempts() >= mail.attemptLimit()) {
            failed.increment();
            log.warn(
                    "Gave up on e-mail {} to a recipient at {} after {} attempt(s): {}",
                    mail.id(),
                    domainOf(mail.recipient()),
                    mail.attempts(),
                    reason);
        } else {
            retried.increment();
            log.info(
                    "E-mail {} to a recipient at {} failed (attempt {} of {}), next try at {}: {}",
                    mail.id(),
                    domainOf(mail.recipient()),
                    mail.attempts(),
                    mail.attemptLimit(),
                    next,
                    reason);
        }
    }

    private void giveUp(ClaimedMail mail, String reason) {
        var now = clock.instant();
        if (ledger.markFailed(mail, reason, true, now, now)) {
            failed.increment();
            log.warn("Gave up on e-mail {}: {}", mail.id(), reason);
        }
    }

    /** The wait after the given number of failed attempts: the initial delay, doubled each time, capped. */
    static Duration backoff(NotificationProperties.Mail settings, int attempts) {
        var delay = settings.retryInitialDelay();
        for (var i = 1; i < attempts && delay.compareTo(settings.retryMaxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : delay;
    }

    private boolean stopping() {
        return stopRequested;
    }

    private void work() {
        try (var link = new SmtpLink()) {
            while (running) {
                var seen = signal.generation();
                var handled = 0;
                try {
                    handled = dispatchOnce(link);
                } catch (RuntimeException e) {
                    log.warn("The mail worker cannot read the outbox: {}", e.getMessage());
                }
                if (handled == 0 && running) {
                    link.closeIfIdleFor(KEEP_ALIVE);
                    try {
                        signal.awaitAfter(seen, settings.pollInterval());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopRequested = false;
        for (var i = 1; i <= settings.workers(); i++) {
            var thread = new Thread(this::work, "mail-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopRequested = true;
        signal.raise();
        var deadline = Instant.now().plus(STOP_TIMEOUT);
        for (var thread : threads) {
            try {
                thread.join(
                        Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and stops after it, so mail queued by the last requests is still sent. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /**
     * One worker's SMTP connection, kept open between batches while mail keeps coming (saving a
     * connect per message when they arrive one by one) and closed after {@link #KEEP_ALIVE} idle,
     * well before servers drop idle clients. A connection the server closed is noticed and reopened.
     */
    private final class SmtpLink implements AutoCloseable {

        private SmtpGateway.@Nullable Connection connection;
        private long lastUsed = System.nanoTime();

        SmtpGateway.Connection open() throws MessagingException {
            if (connection != null && !connection.isOpen()) {
                close();
            }
            if (connection == null) {
                connection = gateway.connect();
            }
            lastUsed = System.nanoTime();
            return connection;
        }

        void closeIfIdleFor(Duration idle) {
            if (connection != null && System.nanoTime() - lastUsed > idle.toNanos()) {
                close();
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
