package com.mediaflow.proposals.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a version of a proposal stands: {@code draft} (editable), {@code sent} (a link went out),
 * {@code viewed} (the client opened it), {@code accepted}, {@code rejected}, {@code signed} (decided
 * by the client, final) or {@code superseded} (a newer version replaced it; read-only).
 */
public enum ProposalStatus {
    DRAFT,
    SENT,
    VIEWED,
    ACCEPTED,
    REJECTED,
    SIGNED,
    SUPERSEDED;

    boolean isDecided() {
        return this == ACCEPTED || this == REJECTED || this == SIGNED;
    }

    boolean isOut() {
        return this == SENT || this == VIEWED;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ProposalStatus fromValue(String value) {
        return Arrays.stream(values())
                .filter(status -> status.value().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown proposal status " + value));
    }
}
