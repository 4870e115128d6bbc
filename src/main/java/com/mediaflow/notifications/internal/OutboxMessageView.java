package com.mediaflow.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail in the outbox, as owners see it (without its text).
 *
 * @param template the template it was rendered from, e.g. {@code invoice_sent}; {@code null} for a
 *     hand-written message
 * @param attempts how often a worker has tried to send it
 * @param attemptLimit after how many attempts it is given up
 * @param lastError why the last attempt failed, or {@code null}
 * @param nextAttemptAt when it will be tried next, if queued
 * @param sentAt when the SMTP server accepted it, if sent
 * @param attachments its files (their bytes are dropped once it is sent)
 */
public record OutboxMessageView(
        UUID id,
        @Nullable String template,
        String recipient,
        String subject,
        OutboxStatus status,
        int attempts,
        int attemptLimit,
        @Nullable String lastError,
        @Nullable Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant sentAt,
        List<Attachment> attachments) {

    /** A file of the message: name, media type and size in bytes. */
    public record Attachment(String filename, String contentType, int size) {}
}
