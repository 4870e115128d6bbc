package com.mediaflow.notifications.internal;

import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GET /api/notifications/outbox}.
 *
 * @param status {@code queued}, {@code sending}, {@code sent} or {@code failed}
 * @param template a template name such as {@code invoice_sent}
 * @param recipient an e-mail address (case-insensitive, exact)
 */
public record OutboxFilter(
        @Nullable OutboxStatus status,
        @Nullable String template,
        @Nullable String recipient) {}
