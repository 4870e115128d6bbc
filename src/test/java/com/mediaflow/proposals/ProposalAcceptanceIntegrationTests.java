package com.mediaflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProposalFixtures;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ProposalAcceptanceIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    ProposalFixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        fixtures = new ProposalFixtures(mvc, jdbc);
        api = fixtures.api();
    }

    @Test
    void signingStartsTheProjectAndDraftsTheDepositInvoice() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var body = ProposalFixtures.body(client.id());
        body.put("deposit_percent", 30);
        var id = fixtures.create(producer, body);
        var token = fixtures.send(producer, id, client.email());

        var signed = fixtures.post(token, "sign", ProposalFixtures.signTyped("Ann Client", "ann@client.test"));

        assertThat(signed).hasStatusOk();
        var projectId = awaitProject(producer, id);
        var project = api.get(producer, "/api/projects/" + projectId);
        assertThat(project)
                .bodyJson()
                .extractingPath("$.client_id")
                .isEqualTo(client.id().toString());
        assertThat(project).bodyJson().extractingPath("$.name").isEqualTo("Brand film");
        var invoiceId = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("SELECT invoice_id FROM accounting_proposal_deposits WHERE proposal_id = :id")
                                .param("id", UUID.fromString(id))
                                .query(UUID.class)
                                .optional(),
                        found -> found.isPresent())
                .orElseThrow();
        var manager = users.create(Role.MANAGER);
        var invoice = api.get(manager, "/api/accounting/invoices/" + invoiceId);
        assertThat(invoice).bodyJson().extractingPath("$.status").isEqualTo("draft");
        assertThat(invoice)
                .bodyJson()
                .extractingPath("$.client_id")
                .isEqualTo(client.id().toString());
        assertThat(invoice).bodyJson().extractingPath("$.project_id").isEqualTo(projectId);
        // 30 % of 1457.50
        assertThat(new BigDecimal(Json.read(invoice, "$.total").toString())).isEqualByComparingTo("437.25");
        var activities = api.get(producer, "/api/proposals/" + id + "/activities");
        assertThat(activities)
                .bodyJson()
                .extractingPath("$.data[*].kind")
                .asArray()
                .contains("signed", "project_linked");
    }

    @Test
    void acceptingALeadsProposalConvertsTheLeadBeforeTheProjectIsStarted() {
        var producer = users.create(Role.PRODUCER);
        var email = "lead-" + UUID.randomUUID().toString().substring(0, 8) + "@lead.test";
        String leadId = Json.read(api.post(producer, "/api/proposals/leads", LeadIntegrationTests.lead(email)), "$.id");
        var body = ProposalFixtures.body(UUID.randomUUID());
        body.remove("client_id");
        body.put("lead_id", leadId);
        var created = api.post(producer, "/api/proposals", body);
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.client_name").isEqualTo("Nina Berg");
        String id = Json.read(created, "$.id");
        var token = fixtures.send(producer, id, email);
        assertThat(api.get(producer, "/api/proposals/leads/" + leadId))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("proposal_sent");

        var accepted = fixtures.post(token, "accept", Api.body("name", "Nina Berg", "email", email));

        assertThat(accepted).hasStatusOk();
        assertThat(accepted).bodyJson().extractingPath("$.status").isEqualTo("accepted");
        var projectId = awaitProject(producer, id);
        var lead = api.get(producer, "/api/proposals/leads/" + leadId);
        assertThat(lead).bodyJson().extractingPath("$.status").isEqualTo("won");
        String contactId = Json.read(lead, "$.contact_id");
        assertThat(api.get(producer, "/api/proposals/" + id))
                .bodyJson()
                .extractingPath("$.client_id")
                .isEqualTo(contactId);
        assertThat(api.get(producer, "/api/projects/" + projectId))
                .bodyJson()
                .extractingPath("$.client_id")
                .isEqualTo(contactId);
        // no deposit asked for: no invoice
        var deposits = jdbc.sql("SELECT count(*) FROM accounting_proposal_deposits WHERE proposal_id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
        assertThat(deposits).isZero();
    }

    private String awaitProject(TestUsers.TestUser user, String proposalId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> Json.<String>read(api.get(user, "/api/proposals/" + proposalId), "$.project_id"),
                        p -> p != null);
    }
}
