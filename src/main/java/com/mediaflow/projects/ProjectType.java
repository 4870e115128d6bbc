package com.mediaflow.projects;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of production. */
public enum ProjectType {
    COMMERCIAL,
    CORPORATE,
    MUSIC_VIDEO,
    DOCUMENTARY,
    PHOTO_SHOOT,
    EVENT,
    SOCIAL_CONTENT,
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
