package com.mediaflow.tasks;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a task stands: todo → in_progress → review → done, or blocked on the way. */
public enum TaskStatus {
    TODO,
    IN_PROGRESS,
    REVIEW,
    DONE,
    BLOCKED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
