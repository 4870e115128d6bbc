package com.mediaflow.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.ProposalFixtures;
import com.mediaflow.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ProposalExpiryIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ProposalExpiry expiry;

    @Test
    void anExpiredProposalIsNotedOnceOnItsTimelineAndItsLinkStops() {
        var fixtures = new ProposalFixtures(mvc, jdbc);
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var id = fixtures.create(producer, ProposalFixtures.body(client.id()));
        var token = fixtures.send(producer, id, client.email());
        fixtures.expire(id);

        expiry.noteExpired();
        expiry.noteExpired();

        var activities = fixtures.api().get(producer, "/api/proposals/" + id + "/activities");
        assertThat(activities)
                .bodyJson()
                .extractingPath("$.data[?(@.kind == 'expired')]")
                .asArray()
                .hasSize(1);
        assertThat(fixtures.api().get(producer, "/api/proposals/" + id))
                .bodyJson()
                .extractingPath("$.expired")
                .isEqualTo(true);
        assertThat(fixtures.open(token)).hasStatus(404);
    }
}
