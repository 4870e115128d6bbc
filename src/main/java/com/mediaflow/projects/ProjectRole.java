package com.mediaflow.projects;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a member does on one production's crew (independent of their role in the studio). */
public enum ProjectRole {
    DIRECTOR,
    PRODUCER,
    EDITOR,
    CAMERA,
    SOUND,
    DESIGNER,
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
