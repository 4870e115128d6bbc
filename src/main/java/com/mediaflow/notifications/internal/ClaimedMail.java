package com.mediaflow.notifications.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message a worker has claimed and now owns until its lease ends. */
record ClaimedMail(
        UUID id,
        UUID claimToken,
        String recipient,
        String subject,
        String text,
        @Nullable String html,
        String messageId,
        int attempts,
        int attemptLimit,
        Instant createdAt) {

    /** A lapsed lease was claimed again more often than attempts allow: the worker keeps dying on it. */
    boolean isOverLimit() {
        return attempts > attemptLimit;
    }
}
