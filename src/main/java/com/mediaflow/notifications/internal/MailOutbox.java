package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationProperties;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts rendered e-mail into the outbox table in the caller's transaction: a change that rolls back
 * sends nothing, and a committed one has its mail stored, attachments included, before anyone
 * tries to send it. After the commit this instance's workers are woken.
 */
@Component
public class MailOutbox {

    private final JdbcClient jdbc;
    private final OutboxSignal signal;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String messageIdDomain;

    MailOutbox(JdbcClient jdbc, OutboxSignal signal, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.properties = properties;
        this.clock = clock;
        this.messageIdDomain = domainOf(properties.mail().from());
    }

    /** Queues the message; joins the caller's transaction. Returns the message's outbox id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        var total = mail.attachments().stream()
                .mapToLong(attachment -> attachment.content().length)
                .sum();
        var limit = properties.mail().maxAttachmentSize().toBytes();
        if (total > limit) {
            throw new IllegalArgumentException(
                    "The attachments of one e-mail may total at most " + limit + " bytes, not " + total);
        }
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO notification_mail_outbox
                            (id, template, recipient, member_id, subject, text_body, html_body, message_id,
                             redact_on_send, status, attempts, attempt_limit, next_attempt_at, created_at, updated_at)
                        VALUES (:id, :template, :recipient, :memberId, :subject, :text, :html, :messageId,
                                :redact, 'QUEUED', 0, :attemptLimit, :now, :now, :now)
                        """)
                .param("id", id)
                .param(
                        "template",
                        mail.template() == null ? null : mail.template().storedName())
                .param("recipient", mail.recipient().address())
                .param("memberId", mail.recipient().memberId())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("messageId", "<" + id + "@" + messageIdDomain + ">")
                .param("redact", mail.redactOnSend())
                .param("attemptLimit", properties.mail().attemptLimit())
                .param("now", now)
                .update();
        var position = 0;
        for (var attachment : mail.attachments()) {
            jdbc.sql("""
                            INSERT INTO notification_mail_attachments
                                (outbox_id, position, filename, content_type, size, content)
                            VALUES (:id, :position, :filename, :contentType, :size, :content)
                            """)
                    .param("id", id)
                    .param("position", position++)
                    .param("filename", attachment.filename())
                    .param("contentType", attachment.contentType())
                    .param("size", attachment.content().length)
                    .param("content", attachment.content())
                    .update();
        }
        wakeWorkersAfterCommit();
        return id;
    }

    /** Once per transaction, however many messages it queues. */
    private void wakeWorkersAfterCommit() {
        if (TransactionSynchronizationManager.hasResource(signal)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(signal, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.raise();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(signal);
            }
        });
    }

    private static String domainOf(String from) {
        try {
            var address = new InternetAddress(from, false).getAddress();
            var at = address.lastIndexOf('@');
            return at < 0 ? "mediaflow.local" : address.substring(at + 1);
        } catch (AddressException e) {
            return "mediaflow.local";
        }
    }
}
