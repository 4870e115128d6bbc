package com.mediaflow.jobs;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a job stands: {@code queued} (waiting for a free worker), {@code running}, {@code succeeded}
 * (its result can be downloaded until it expires), {@code failed} (with a message saying why) or
 * {@code expired} (the result was deleted).
 */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    EXPIRED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == EXPIRED;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
