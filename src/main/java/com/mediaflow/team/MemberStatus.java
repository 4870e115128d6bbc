package com.mediaflow.team;

import com.fasterxml.jackson.annotation.JsonValue;

/** Invited (no password yet), active, or deactivated (cannot sign in; kept for history). */
public enum MemberStatus {
    INVITED,
    ACTIVE,
    DEACTIVATED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
