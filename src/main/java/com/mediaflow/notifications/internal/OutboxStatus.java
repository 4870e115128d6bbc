package com.mediaflow.notifications.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a queued e-mail is on its way out. */
public enum OutboxStatus {
    /** Waiting for its next attempt. */
    QUEUED,
    /** Claimed by a worker, which is talking to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Refused for good, or out of attempts; an owner may queue it again. */
    FAILED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
