package com.mediaflow.projects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a production stands. The lifecycle runs planning → pre_production → production →
 * post_production → review → delivered → completed; a project can be put on hold from any active
 * state and cancelled until it is completed. Completed and cancelled are final.
 */
public enum ProjectStatus {
    PLANNING,
    PRE_PRODUCTION,
    PRODUCTION,
    POST_PRODUCTION,
    REVIEW,
    DELIVERED,
    COMPLETED,
    ON_HOLD,
    CANCELLED;

    /** A state of the lifecycle in which work goes on (not paused, not final). */
    public boolean isActive() {
        return this != COMPLETED && this != ON_HOLD && this != CANCELLED;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
