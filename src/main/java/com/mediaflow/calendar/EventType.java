package com.mediaflow.calendar;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of appointment an event is. */
public enum EventType {
    SHOOT,
    MEETING,
    REVIEW,
    DELIVERY,
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    /** How calendar apps show it, e.g. {@code Shoot}. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
