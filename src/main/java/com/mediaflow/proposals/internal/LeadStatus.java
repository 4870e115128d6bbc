package com.mediaflow.proposals.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The sales pipeline: {@code new → contacted → qualified → proposal_sent → won | lost}. A lead may
 * skip ahead, be lost from any open stage and be reopened from {@code lost}; {@code won} is final.
 */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    PROPOSAL_SENT,
    WON,
    LOST;

    Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, QUALIFIED, PROPOSAL_SENT, WON, LOST);
            case CONTACTED -> EnumSet.of(QUALIFIED, PROPOSAL_SENT, WON, LOST);
            case QUALIFIED -> EnumSet.of(PROPOSAL_SENT, WON, LOST);
            case PROPOSAL_SENT -> EnumSet.of(WON, LOST);
            case WON -> EnumSet.noneOf(LeadStatus.class);
            case LOST -> EnumSet.of(CONTACTED, QUALIFIED);
        };
    }

    boolean canMoveTo(LeadStatus target) {
        return target == this || next().contains(target);
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static LeadStatus fromValue(String value) {
        return Arrays.stream(values())
                .filter(status -> status.value().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lead status " + value));
    }
}
