package com.mediaflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class TaskDependencyIntegrationTests {

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
    void taskWaitsForAnotherOfTheSameProject() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);
        var shoot = fixtures.task(producer, projectId, Map.of("title", "Shoot"));
        var edit = fixtures.task(producer, projectId, Map.of("title", "Edit"));

        var added = link(producer, edit, shoot);

        assertThat(added).hasStatus(201);
        assertThat(added.getResponse().getHeader("Location"))
                .isEqualTo("/api/tasks/" + edit + "/dependencies/" + shoot);
        assertThat(added).bodyJson().extractingPath("$.depends_on_id").isEqualTo(shoot);
        assertThat(added).bodyJson().extractingPath("$.title").isEqualTo("Shoot");
        assertThat(added).bodyJson().extractingPath("$.done").isEqualTo(false);
        var listed = api.get(producer, "/api/tasks/" + edit + "/dependencies");
        assertThat(listed).hasStatusOk();
        assertThat(listed)
                .bodyJson()
                .extractingPath("$.data[*].depends_on_id")
                .asArray()
                .containsExactly(shoot);
        assertThat(api.get(producer, "/api/tasks/" + shoot + "/dependencies"))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void cycleIsRejectedNamingTheChain() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);
        var script = fixtures.task(producer, projectId, Map.of("title", "Script"));
        var shoot = fixtures.task(producer, projectId, Map.of("title", "Shoot"));
        var edit = fixtures.task(producer, projectId, Map.of("title", "Edit"));
        assertThat(link(producer, shoot, script)).hasStatus(201);
        assertThat(link(producer, edit, shoot)).hasStatus(201);

        var result = link(producer, script, edit);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(Json.<String>read(result, "$.detail"))
                .contains("cycle")
                .contains("'Script' → 'Edit' → 'Shoot' → 'Script'");
        assertThat(result).bodyJson().extractingPath("$.cycle").asArray().containsExactly(script, edit, shoot, script);
        assertThat(api.get(producer, "/api/tasks/" + script + "/dependencies"))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void directTwoTaskCycleIsRejected() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);
        var a = fixtures.task(producer, projectId);
        var b = fixtures.task(producer, projectId);
        assertThat(link(producer, a, b)).hasStatus(201);

        var result = link(producer, b, a);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.cycle").asArray().containsExactly(b, a, b);
    }

    @Test
    void duplicateSelfAndCrossProjectLinksAreRejected() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);
        var a = fixtures.task(producer, projectId);
        var b = fixtures.task(producer, projectId);
        var elsewhere = fixtures.task(producer, fixtures.project(producer));
        assertThat(link(producer, a, b)).hasStatus(201);

        var duplicate = link(producer, a, b);
        var self = link(producer, a, a);
        var crossProject = link(producer, a, elsewhere);

        assertThat(duplicate).hasStatus(409);
        assertThat(Json.<String>read(duplicate, "$.detail")).contains("already waits");
        TaskIntegrationTests.assertFieldError(self, "depends_on_id", "cannot wait for itself");
        TaskIntegrationTests.assertFieldError(crossProject, "depends_on_id", "must be a task of the same project");
    }

    @Test
    void removingALinkLetsTheTaskStart() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);
        var a = fixtures.task(producer, projectId);
        var b = fixtures.task(producer, projectId);
        assertThat(link(producer, a, b)).hasStatus(201);

        var removed = api.delete(producer, "/api/tasks/" + a + "/dependencies/" + b);
        var again = api.delete(producer, "/api/tasks/" + a + "/dependencies/" + b);

        assertThat(removed).hasStatus(204);
        assertThat(again).hasStatus(404);
        assertThat(api.patch(producer, "/api/tasks/" + a + "/status", Api.body("status", "in_progress", "version", 0)))
                .hasStatusOk();
    }

    @Test
    void editorsCannotLinkTasks() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var a = fixtures.task(producer, projectId);
        var b = fixtures.task(producer, projectId);

        assertThat(link(editor, a, b)).hasStatus(403);
        assertThat(api.get(editor, "/api/tasks/" + a + "/dependencies")).hasStatusOk();
    }

    private MvcTestResult link(TestUsers.TestUser user, String taskId, String dependsOnId) {
        return api.post(user, "/api/tasks/" + taskId + "/dependencies", Api.body("depends_on_id", dependsOnId));
    }
}
