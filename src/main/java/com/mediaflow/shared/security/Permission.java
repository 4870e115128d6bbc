package com.mediaflow.shared.security;

import com.fasterxml.jackson.annotation.JsonValue;

/** The permissions the front end knows by name; each is also a Spring Security authority. */
public enum Permission {
    CAN_MANAGE_PROJECTS,
    CAN_SEND_PROPOSALS,
    CAN_APPROVE_EXPENSES,
    CAN_MANAGE_TEAM,
    CAN_VIEW_FINANCIALS,
    CAN_MANAGE_ASSETS;

    /** The name used in JSON and as the authority, e.g. {@code can_view_financials}. */
    @JsonValue
    public String authority() {
        return name().toLowerCase();
    }
}
