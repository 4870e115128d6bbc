package com.mediaflow.tasks;

import com.fasterxml.jackson.annotation.JsonValue;

public enum TaskPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
