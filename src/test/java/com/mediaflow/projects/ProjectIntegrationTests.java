package com.mediaflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ProjectIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    ProjectFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new ProjectFixtures(api, jdbc);
    }

    @Test
    void producerCreatesAProjectWithAGeneratedCodeInPlanning() {
        var producer = users.create(Role.PRODUCER);
        var body = fixtures.projectBody(producer);
        body.put("start_date", "2026-04-01");
        body.put("end_date", "2026-04-30");
        body.put("deadline", "2026-04-25");
        body.put("budget", 12500.5);
        body.put("currency", "USD");
        body.put("manager_id", producer.id().toString());
        body.put("tags", List.of(" Automotive ", "tv", "TV"));
        body.put("description", "Thirty-second spot");

        var result = api.post(producer, "/api/projects", body);

        assertThat(result).hasStatus(201);
        String id = Json.read(result, "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/projects/" + id);
        assertThat(Json.<String>read(result, "$.code")).matches("PRJ-\\d{4,}");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("planning");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("commercial");
        assertThat(result).bodyJson().extractingPath("$.budget").isEqualTo(12500.5);
        assertThat(result).bodyJson().extractingPath("$.currency").isEqualTo("USD");
        assertThat(result).bodyJson().extractingPath("$.tags").asArray().containsExactly("automotive", "tv");
        assertThat(result).bodyJson().extractingPath("$.deadline").isEqualTo("2026-04-25");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactly("pre_production", "on_hold", "cancelled");
        assertThat(result).bodyJson().extractingPath("$.version").isEqualTo(0);

        var read = api.get(producer, "/api/projects/" + id);
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.name").isEqualTo(body.get("name"));
        assertThat(read).bodyJson().extractingPath("$.client_id").isEqualTo(body.get("client_id"));
    }

    @Test
    void currencyDefaultsToTheOrganizationsAndCodesCanBeChosen() {
        var manager = users.create(Role.MANAGER);
        var code = "DOC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var body = fixtures.projectBody(manager);
        body.put("code", code);

        var result = api.post(manager, "/api/projects", body);

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
        String defaultCurrency = jdbc.sql("SELECT default_currency FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single();
        assertThat(result).bodyJson().extractingPath("$.currency").isEqualTo(defaultCurrency);
    }

    @Test
    void aCodeInUseIsAConflict() {
        var manager = users.create(Role.MANAGER);
        var code = "DUP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var first = fixtures.projectBody(manager);
        first.put("code", code);
        fixtures.project(manager, first);
        var second = fixtures.projectBody(manager);
        second.put("code", code);

        var result = api.post(manager, "/api/projects", second);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(Json.<String>read(result, "$.detail")).contains(code);
    }

    @Test
    void invalidFieldsAreRejectedWithTheirNames() {
        var manager = users.create(Role.MANAGER);
        var body = fixtures.projectBody(manager);
        body.put("name", " ");
        body.put("budget", -1);
        body.put("currency", "euro");
        body.put("code", "prj 1");

        var result = api.post(manager, "/api/projects", body);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("name", "budget", "currency", "code");
    }

    @Test
    void endBeforeStartIsRejected() {
        var manager = users.create(Role.MANAGER);
        var body = fixtures.projectBody(manager);
        body.put("start_date", "2026-05-10");
        body.put("end_date", "2026-05-09");

        var result = api.post(manager, "/api/projects", body);

        assertFieldError(result, "end_date", "must be on or after start_date");
    }

    @Test
    void unknownClientIsRejected() {
        var manager = users.create(Role.MANAGER);
        var body = fixtures.projectBody(manager);
        body.put("client_id", UUID.randomUUID().toString());

        assertFieldError(api.post(manager, "/api/projects", body), "client_id", "must be an existing contact");
    }

    @Test
    void deletedClientIsRejected() {
        var manager = users.create(Role.MANAGER);
        var body = fixtures.projectBody(manager);
        jdbc.sql("UPDATE contacts SET deleted_at = now(), deleted_by = :by WHERE id = :id")
                .param("by", manager.id())
                .param("id", UUID.fromString((String) body.get("client_id")))
                .update();

        assertFieldError(api.post(manager, "/api/projects", body), "client_id", "must be an existing contact");
    }

    @Test
    void managerMustBeAMemberOfTheStudio() {
        var manager = users.create(Role.MANAGER);
        var body = fixtures.projectBody(manager);
        body.put("manager_id", UUID.randomUUID().toString());

        assertFieldError(api.post(manager, "/api/projects", body), "manager_id", "not deactivated");
    }

    @Test
    void budgetMayNotHaveMoreDecimalsThanItsCurrency() {
        var manager = users.create(Role.MANAGER);
        var body = fixtures.projectBody(manager);
        body.put("currency", "JPY");
        body.put("budget", 1000.5);

        assertFieldError(api.post(manager, "/api/projects", body), "budget", "at most 0 decimals in JPY");
    }

    @Test
    void editorsAndAssistantsCannotCreateProjects() {
        var editor = users.create(Role.EDITOR);
        var owner = users.create(Role.OWNER);

        var result = api.post(editor, "/api/projects", fixtures.projectBody(owner));

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void updateReplacesTheDetailsAndMovesTheStatusOneStep() {
        var producer = users.create(Role.PRODUCER);
        var id = fixtures.project(producer);
        var body = fixtures.projectBody(producer);
        body.put("name", "Renamed production");
        body.put("type", "music_video");
        body.put("status", "pre_production");
        body.put("budget", 900);
        body.put("tags", List.of("Band"));
        body.put("version", 0);

        var result = api.put(producer, "/api/projects/" + id, body);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Renamed production");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("music_video");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("pre_production");
        assertThat(result).bodyJson().extractingPath("$.tags").asArray().containsExactly("band");
        assertThat(result).bodyJson().extractingPath("$.version").isEqualTo(1);
        var audit = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_id = :id AND action = 'project.updated'")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(audit).isEqualTo(1);
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.project(manager);
        var first = fixtures.projectBody(manager);
        first.put("name", "First edit");
        first.put("version", 0);
        assertThat(api.put(manager, "/api/projects/" + id, first)).hasStatusOk();
        var second = fixtures.projectBody(manager);
        second.put("name", "Second edit");
        second.put("version", 0);

        var result = api.put(manager, "/api/projects/" + id, second);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(result).bodyJson().extractingPath("$.current_version").isEqualTo(1);
        assertThat(api.get(manager, "/api/projects/" + id))
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("First edit");
    }

    @Test
    void refusedTransitionListsTheAllowedOnes() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.project(manager);
        var body = fixtures.projectBody(manager);
        body.put("status", "delivered");
        body.put("version", 0);

        var result = api.put(manager, "/api/projects/" + id, body);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactly("pre_production", "on_hold", "cancelled");
        assertThat(api.get(manager, "/api/projects/" + id))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("planning");
    }

    @Test
    void onHoldResumesInTheStageItWasPausedIn() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.project(manager);
        var version = 0;
        for (var status : List.of("pre_production", "production", "on_hold")) {
            var result = moveTo(manager, id, status, version++);
            assertThat(result).hasStatusOk();
        }
        var paused = api.get(manager, "/api/projects/" + id);
        assertThat(paused).bodyJson().extractingPath("$.paused_from").isEqualTo("production");
        assertThat(paused)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactlyInAnyOrder("pre_production", "production", "post_production", "cancelled");

        assertThat(moveTo(manager, id, "delivered", version)).hasStatus(409);
        var resumed = moveTo(manager, id, "production", version);

        assertThat(resumed).hasStatusOk();
        assertThat(resumed).bodyJson().extractingPath("$.status").isEqualTo("production");
        assertThat(resumed).bodyJson().extractingPath("$.paused_from").isNull();
    }

    @Test
    void cancelledIsFinal() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.project(manager);
        assertThat(moveTo(manager, id, "cancelled", 0)).hasStatusOk();

        var result = moveTo(manager, id, "planning", 1);

        assertThat(result).hasStatus(409);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .isEmpty();
    }

    @Test
    void listFiltersByStatusTypeClientManagerTagAndText() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var documentary = Api.body(
                "name", "Ocean " + marker,
                "client_id", client.toString(),
                "type", "documentary",
                "manager_id", producer.id().toString(),
                "tags", List.of("nature"));
        var documentaryId = fixtures.project(producer, documentary);
        var spot = Api.body("name", "Spot " + marker + "-cut", "client_id", client.toString(), "type", "commercial");
        var spotId = fixtures.project(producer, spot);

        assertThat(ids(api.get(producer, "/api/projects?client_id=" + client)))
                .containsExactlyInAnyOrder(documentaryId, spotId);
        assertThat(ids(api.get(producer, "/api/projects?client_id=" + client + "&type=DOCUMENTARY")))
                .containsExactly(documentaryId);
        assertThat(ids(api.get(producer, "/api/projects?client_id=" + client + "&tag=Nature")))
                .containsExactly(documentaryId);
        assertThat(ids(api.get(producer, "/api/projects?manager_id=" + producer.id())))
                .containsExactly(documentaryId);
        assertThat(ids(api.get(producer, "/api/projects?q=" + marker.toUpperCase() + "-CUT")))
                .containsExactly(spotId);
        assertThat(ids(api.get(producer, "/api/projects?client_id=" + client + "&status=planning&sort=name")))
                .containsExactly(documentaryId, spotId);
        assertThat(ids(api.get(producer, "/api/projects?client_id=" + client + "&status=production")))
                .isEmpty();
    }

    @Test
    void unknownFilterOrSortIsRejected() {
        var manager = users.create(Role.MANAGER);

        var unknownFilter = api.get(manager, "/api/projects?stauts=planning");
        var unknownSort = api.get(manager, "/api/projects?sort=budget");

        assertThat(unknownFilter).hasStatus(400);
        assertThat(unknownFilter).bodyJson().extractingPath("$.errors[0].field").isEqualTo("stauts");
        assertThat(unknownSort).hasStatus(400);
        assertThat(unknownSort).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
    }

    @Test
    void projectWithoutDependentsCanBeDeleted() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.project(manager);
        var editor = users.create(Role.EDITOR);
        fixtures.addToTeam(manager, id, editor.id(), "editor");

        var result = api.delete(manager, "/api/projects/" + id);

        assertThat(result).hasStatus(204);
        assertThat(api.get(manager, "/api/projects/" + id)).hasStatus(404);
    }

    @Test
    void projectWhoseClientWasDeletedCanStillBeClosed() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.project(manager);
        var clientId = api.get(manager, "/api/projects/" + id);
        jdbc.sql("UPDATE contacts SET deleted_at = now(), deleted_by = :by WHERE id = :id")
                .param("by", manager.id())
                .param("id", UUID.fromString(Json.read(clientId, "$.client_id")))
                .update();

        var result = moveTo(manager, id, "cancelled", 0);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("cancelled");
    }

    @Test
    void codeCanBeChangedButNotToOneInUse() {
        var manager = users.create(Role.MANAGER);
        var taken = "TKN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var first = fixtures.projectBody(manager);
        first.put("code", taken);
        fixtures.project(manager, first);
        var id = fixtures.project(manager);
        var wanted = "NEW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var body = fixtures.projectBody(manager);
        body.put("code", taken);
        body.put("version", 0);

        var clash = api.put(manager, "/api/projects/" + id, body);
        body.put("code", wanted);
        var renamed = api.put(manager, "/api/projects/" + id, body);

        assertThat(clash).hasStatus(409);
        assertThat(renamed).hasStatusOk();
        assertThat(renamed).bodyJson().extractingPath("$.code").isEqualTo(wanted);
    }

    @Test
    void missingProjectIsNotFound() {
        var manager = users.create(Role.MANAGER);

        var result = api.get(manager, "/api/projects/" + UUID.randomUUID());

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
    }

    private MvcTestResult moveTo(TestUsers.TestUser user, String id, String status, int version) {
        var current = api.get(user, "/api/projects/" + id);
        Map<String, Object> body = Api.body(
                "name", Json.read(current, "$.name"),
                "client_id", Json.read(current, "$.client_id"),
                "type", Json.read(current, "$.type"),
                "status", status,
                "version", version);
        return api.put(user, "/api/projects/" + id, body);
    }

    private static void assertFieldError(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(Json.<String>read(result, "$.errors[0].message")).contains(message);
    }

    static List<String> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Json.read(result, "$.data[*].id");
    }
}
