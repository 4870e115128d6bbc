package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.EmailAttachment;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's side of the outbox table. Each step is its own short transaction, so no database
 * transaction stays open while the SMTP server is talked to.
 *
 * <p>A claim takes due messages with {@code FOR UPDATE SKIP LOCKED}: two workers, on this instance
 * or another, never claim the same message. The claim is a lease: a message whose worker died
 * (its lease lapsed while {@code SENDING}) is claimed again. Every later step names the claim token,
 * so a worker whose lease was taken over cannot overwrite the new owner's outcome.
 */
@Component
class OutboxLedger {

    static final String REDACTED =
            "[The text of this message was erased after it was sent because it contained a private link.]";
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    OutboxLedger(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Claims up to {@code limit} due messages: queued ones whose time has come, and lapsed leases. */
    List<ClaimedMail> claim(int limit, Duration lease, Instant now) {
        var token = UUID.randomUUID();
        var claimed = transactions.execute(status -> jdbc.sql("""
                        UPDATE notification_mail_outbox o
                        SET status = 'SENDING', claim_token = :token, lease_until = :leaseUntil,
                            attempts = o.attempts + 1, updated_at = :now, version = o.version + 1
                        WHERE o.id IN (SELECT id FROM notification_mail_outbox
                                       WHERE (status = 'QUEUED' AND next_attempt_at <= :now)
                                          OR (status = 'SENDING' AND lease_until <= :now)
                                       ORDER BY created_at
                                       LIMIT :limit
                                       FOR UPDATE SKIP LOCKED)
                        RETURNING o.id, o.recipient, o.subject, o.text_body, o.html_body, o.message_id, o.attempts,
                                  o.attempt_limit, o.created_at
                        """)
                .param("token", token)
                .param("leaseUntil", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new ClaimedMail(
                        rs.getObject("id", UUID.class),
                        token,
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getString("message_id"),
                        rs.getInt("attempts"),
                        rs.getInt("attempt_limit"),
                        rs.getTimestamp("created_at").toInstant()))
                .list());
        return claimed == null ? List.of() : claimed;
    }

    List<EmailAttachment> attachments(UUID id) {
        return jdbc.sql("""
                        SELECT filename, content_type, content FROM notification_mail_attachments
                        WHERE outbox_id = :id ORDER BY position
                        """)
                .param("id", id)
                .query((rs, row) -> new EmailAttachment(
                        rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    /**
     * Records that the SMTP server accepted the message. Private links are erased and attachment
     * bytes dropped. Returns false if the claim was no longer this worker's.
     */
    boolean markSent(ClaimedMail mail, Instant now) {
        var updated = transactions.execute(status -> {
            var rows = jdbc.sql("""
                            UPDATE notification_mail_outbox
                            SET status = 'SENT', sent_at = :now, updated_at = :now, claim_token = NULL,
                                lease_until = NULL, next_attempt_at = NULL,
                                text_body = CASE WHEN redact_on_send THEN :redacted ELSE text_body END,
                                html_body = CASE WHEN redact_on_send THEN NULL ELSE html_body END,
                                version = version + 1
                            WHERE id = :id AND claim_token = :token AND status = 'SENDING'
                            """)
                    .param("now", Timestamp.from(now))
                    .param("redacted", REDACTED)
                    .param("id", mail.id())
                    .param("token", mail.claimToken())
                    .update();
            if (rows == 1) {
                jdbc.sql("UPDATE notification_mail_attachments SET content = ''::bytea WHERE outbox_id = :id")
                        .param("id", mail.id())
                        .update();
            }
            return rows;
        });
        return updated != null && updated == 1;
    }

    /**
     * Records a failed attempt: queued again for {@code nextAttempt}, or failed for good when the
     * error is permanent or the attempts are used up.
     */
    boolean markFailed(ClaimedMail mail, String error, boolean permanent, Instant nextAttempt, Instant now) {
        var updated = transactions.execute(status -> jdbc.sql("""
                        UPDATE notification_mail_outbox
                        SET status = CASE WHEN CAST(:permanent AS boolean) OR attempts >= attempt_limit THEN 'FAILED'
                                          ELSE 'QUEUED' END,
                            next_attempt_at = CASE WHEN CAST(:permanent AS boolean) OR attempts >= attempt_limit THEN NULL
                                                   ELSE CAST(:nextAttempt AS timestamptz) END,
                            last_error = :error, claim_token = NULL, lease_until = NULL, updated_at = :now,
                            version = version + 1
                        WHERE id = :id AND claim_token = :token AND status = 'SENDING'
                        """)
                .param("permanent", permanent)
                .param("nextAttempt", Timestamp.from(nextAttempt))
                .param("error", truncate(error))
                .param("now", Timestamp.from(now))
                .param("id", mail.id())
                .param("token", mail.claimToken())
                .update());
        return updated != null && updated == 1;
    }

    /** Gives a claimed message back untried (the worker is stopping): queued at once, the attempt not counted. */
    boolean release(ClaimedMail mail, Instant now) {
        var updated = transactions.execute(status -> jdbc.sql("""
                        UPDATE notification_mail_outbox
                        SET status = 'QUEUED', next_attempt_at = :now, attempts = attempts - 1, claim_token = NULL,
                            lease_until = NULL, updated_at = :now, version = version + 1
                        WHERE id = :id AND claim_token = :token AND status = 'SENDING'
                        """)
                .param("now", Timestamp.from(now))
                .param("id", mail.id())
                .param("token", mail.claimToken())
                .update());
        return updated != null && updated == 1;
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
