package com.mediaflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProposalFixtures;
import com.mediaflow.support.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class LeadIntegrationTests {

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

    static Map<String, Object> lead(String email) {
        return Api.body(
                "name", "Nina Berg",
                "company", "Berg Audio",
                "email", email,
                "phone", "+49 30 1234567",
                "estimated_value", 12000,
                "currency", "EUR",
                "source", "referral",
                "notes", "Wants a launch film");
    }

    private String email() {
        return "lead-" + UUID.randomUUID().toString().substring(0, 8) + "@lead.test";
    }

    @Test
    void aLeadMovesAlongThePipelineOnlyByAllowedSteps() {
        var producer = users.create(Role.PRODUCER);
        var created = api.post(producer, "/api/proposals/leads", lead(email()));
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("new");
        assertThat(created)
                .bodyJson()
                .extractingPath("$.owner_id")
                .isEqualTo(producer.id().toString());
        String id = Json.read(created, "$.id");

        var body = lead(Json.read(created, "$.email"));
        body.put("status", "qualified");
        body.put("version", Json.read(created, "$.version"));
        var qualified = api.put(producer, "/api/proposals/leads/" + id, body);
        body.put("status", "contacted");
        body.put("version", Json.read(qualified, "$.version"));
        var backwards = api.put(producer, "/api/proposals/leads/" + id, body);
        body.put("status", "lost");
        var lost = api.put(producer, "/api/proposals/leads/" + id, body);
        body.put("status", "contacted");
        body.put("version", Json.read(lost, "$.version"));
        var reopened = api.put(producer, "/api/proposals/leads/" + id, body);

        assertThat(qualified).hasStatusOk();
        assertThat(qualified).bodyJson().extractingPath("$.status").isEqualTo("qualified");
        assertThat(backwards).hasStatus(409);
        assertThat(backwards).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(backwards)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactlyInAnyOrder("proposal_sent", "won", "lost");
        assertThat(lost).hasStatusOk();
        assertThat(reopened).hasStatusOk();
        assertThat(reopened).bodyJson().extractingPath("$.status").isEqualTo("contacted");
    }

    @Test
    void leadsAreFilteredSortedAndPaged() {
        var producer = users.create(Role.PRODUCER);
        var marker = UUID.randomUUID().toString().substring(0, 8);
        for (var name : new String[] {"Anton " + marker, "Berta " + marker, "Carl " + marker}) {
            var body = lead(email());
            body.put("name", name);
            body.put("source", "fair-" + marker);
            assertThat(api.post(producer, "/api/proposals/leads", body)).hasStatus(201);
        }

        var page = api.get(producer, "/api/proposals/leads?q=" + marker + "&sort=-name&limit=2&source=FAIR-" + marker);
        var mine = api.get(producer, "/api/proposals/leads?owner_id=" + producer.id() + "&status=new");

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyJson()
                .extractingPath("$.data[*].name")
                .asArray()
                .containsExactly("Carl " + marker, "Berta " + marker);
        assertThat(page).bodyJson().extractingPath("$.pagination.total").isEqualTo(3);
        assertThat(page).bodyJson().extractingPath("$.pagination.has_next").isEqualTo(true);
        assertThat(mine).bodyJson().extractingPath("$.pagination.total").isEqualTo(3);
        assertThat(api.get(producer, "/api/proposals/leads?sort=secret")).hasStatus(400);
    }

    @Test
    void convertingCreatesTheContactAndProjectOnceAndIsIdempotent() {
        var producer = users.create(Role.PRODUCER);
        String id = Json.read(api.post(producer, "/api/proposals/leads", lead(email())), "$.id");
        var body = Api.body("create_project", true, "project_name", "Berg launch film", "project_type", "commercial");

        var first = api.post(producer, "/api/proposals/leads/" + id + "/convert", body);
        var second = api.post(producer, "/api/proposals/leads/" + id + "/convert", body);

        assertThat(first).hasStatusOk();
        assertThat(second).hasStatusOk();
        String contactId = Json.read(first, "$.contact_id");
        String projectId = Json.read(first, "$.project_id");
        assertThat(contactId).isNotNull();
        assertThat(projectId).isNotNull();
        assertThat(second).bodyJson().extractingPath("$.contact_id").isEqualTo(contactId);
        assertThat(second).bodyJson().extractingPath("$.project_id").isEqualTo(projectId);
        assertThat(first).bodyJson().extractingPath("$.lead.status").isEqualTo("won");
        var contact = api.get(producer, "/api/contacts/" + contactId);
        assertThat(contact).bodyJson().extractingPath("$.first_name").isEqualTo("Nina");
        assertThat(contact).bodyJson().extractingPath("$.last_name").isEqualTo("Berg");
        var project = api.get(producer, "/api/projects/" + projectId);
        assertThat(project).bodyJson().extractingPath("$.name").isEqualTo("Berg launch film");
        assertThat(project).bodyJson().extractingPath("$.client_id").isEqualTo(contactId);
    }

    @Test
    void convertingLinksTheLiveContactThatHasTheLeadsEmail() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        String id = Json.read(api.post(producer, "/api/proposals/leads", lead(client.email())), "$.id");

        var converted =
                api.post(producer, "/api/proposals/leads/" + id + "/convert", Api.body("create_project", false));

        assertThat(converted).hasStatusOk();
        assertThat(converted)
                .bodyJson()
                .extractingPath("$.contact_id")
                .isEqualTo(client.id().toString());
        assertThat(converted).bodyJson().extractingPath("$.project_id").isNull();
    }

    @Test
    void editorsCannotSeeOrConvertLeads() {
        var producer = users.create(Role.PRODUCER);
        String id = Json.read(api.post(producer, "/api/proposals/leads", lead(email())), "$.id");
        var editor = users.create(Role.EDITOR);

        assertThat(api.get(editor, "/api/proposals/leads/" + id)).hasStatus(403);
        assertThat(api.post(editor, "/api/proposals/leads", lead(email()))).hasStatus(403);
        assertThat(api.post(editor, "/api/proposals/leads/" + id + "/convert", null))
                .hasStatus(403);
    }
}
