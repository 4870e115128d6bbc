package com.mediaflow.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadStatusTests {

    @ParameterizedTest
    @CsvSource({
        "NEW, CONTACTED, true",
        "NEW, WON, true",
        "CONTACTED, NEW, false",
        "QUALIFIED, CONTACTED, false",
        "PROPOSAL_SENT, QUALIFIED, false",
        "PROPOSAL_SENT, LOST, true",
        "LOST, CONTACTED, true",
        "LOST, WON, false",
        "WON, LOST, false",
        "WON, WON, true"
    })
    void thePipelineAllowsOnlyItsMoves(LeadStatus from, LeadStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
