package com.mediaflow.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.ProposalFixtures;
import com.mediaflow.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class DemoProposalsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TestUsers users;

    @Test
    void theDemoSalesDataWorksThroughTheRealRoutes() {
        var fixtures = new ProposalFixtures(mvc, jdbc);
        var owner = users.create(Role.OWNER);
        var companies =
                List.of(fixtures.client(owner).id(), fixtures.client(owner).id());

        var token = new DemoProposals(jdbcTemplate).seed(owner.id(), companies, LocalDate.now(), Instant.now());

        var page = fixtures.open(token);
        assertThat(page).hasStatusOk();
        assertThat(page).bodyJson().extractingPath("$.title").isEqualTo("Brand documentary");
        assertThat(page).bodyJson().extractingPath("$.totals.total").isEqualTo(12614.0);
        var list = fixtures.api().get(owner, "/api/proposals?client_id=" + companies.get(0));
        assertThat(list).bodyJson().extractingPath("$.data[0].status").isEqualTo("draft");
        assertThat(list).bodyJson().extractingPath("$.data[0].total").isEqualTo(12614.0);
        var leads = fixtures.api().get(owner, "/api/proposals/leads?owner_id=" + owner.id());
        assertThat(leads).bodyJson().extractingPath("$.pagination.total").isEqualTo(4);
    }
}
