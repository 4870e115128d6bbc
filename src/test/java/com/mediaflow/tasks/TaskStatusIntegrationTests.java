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
class TaskStatusIntegrationTests {

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
    void assigneeWorksTheirTaskThroughTheWholeWorkflow() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var taskId = fixtures.task(
                producer, projectId, Map.of("assignee_id", editor.id().toString()));

        assertThat(move(editor, taskId, "in_progress", 0)).hasStatusOk();
        assertThat(move(editor, taskId, "review", 1)).hasStatusOk();
        var done = move(editor, taskId, "done", 2);

        assertThat(done).hasStatusOk();
        assertThat(done).bodyJson().extractingPath("$.status").isEqualTo("done");
        assertThat(done).bodyJson().extractingPath("$.completed_at").isNotNull();
        assertThat(done)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactly("in_progress");
        var reopened = move(editor, taskId, "in_progress", 3);
        assertThat(reopened).bodyJson().extractingPath("$.completed_at").isNull();
        var audit = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_id = :id AND action = 'task.status_changed'")
                .param("id", taskId)
                .query(Long.class)
                .single();
        assertThat(audit).isEqualTo(4);
    }

    @Test
    void skippingAStepIsRefusedWithTheAllowedOnes() {
        var producer = users.create(Role.PRODUCER);
        var taskId = fixtures.task(producer, fixtures.project(producer));

        var result = move(producer, taskId, "done", 0);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactly("in_progress", "blocked");
        assertThat(api.get(producer, "/api/tasks/" + taskId))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("todo");
    }

    @Test
    void blockedTaskIsUnblockedToTodoOrInProgress() {
        var producer = users.create(Role.PRODUCER);
        var taskId = fixtures.task(producer, fixtures.project(producer));
        assertThat(move(producer, taskId, "blocked", 0)).hasStatusOk();

        var toReview = move(producer, taskId, "review", 1);
        var unblocked = move(producer, taskId, "todo", 1);

        assertThat(toReview).hasStatus(409);
        assertThat(toReview)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactly("todo", "in_progress");
        assertThat(unblocked).hasStatusOk();
        assertThat(unblocked).bodyJson().extractingPath("$.status").isEqualTo("todo");
    }

    @Test
    void crewMemberWhoIsNotTheAssigneeCannotChangeTheStatus() {
        var producer = users.create(Role.PRODUCER);
        var assignee = users.create(Role.EDITOR);
        var colleague = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, assignee, colleague);
        var taskId = fixtures.task(
                producer, projectId, Map.of("assignee_id", assignee.id().toString()));

        var result = move(colleague, taskId, "in_progress", 0);

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        assertThat(api.get(colleague, "/api/tasks/" + taskId))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("todo");
    }

    @Test
    void staleVersionIsAConflict() {
        var producer = users.create(Role.PRODUCER);
        var taskId = fixtures.task(producer, fixtures.project(producer));
        assertThat(move(producer, taskId, "in_progress", 0)).hasStatusOk();

        var result = move(producer, taskId, "review", 0);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.current_version").isEqualTo(1);
    }

    @Test
    void cannotStartWhileAPredecessorIsOpen() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);
        var shoot = fixtures.task(producer, projectId, Map.of("title", "Shoot"));
        var offload = fixtures.task(producer, projectId, Map.of("title", "Offload rushes"));
        var edit = fixtures.task(producer, projectId, Map.of("title", "Edit"));
        dependOn(producer, edit, shoot);
        dependOn(producer, edit, offload);
        finish(producer, offload);

        var refused = move(producer, edit, "in_progress", 0);

        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(Json.<String>read(refused, "$.detail")).contains("'Shoot'").doesNotContain("Offload");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.open_predecessors[*].id")
                .asArray()
                .containsExactly(shoot);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.open_predecessors[0].status")
                .isEqualTo("todo");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactly("blocked");

        finish(producer, shoot);
        var started = move(producer, edit, "in_progress", 0);

        assertThat(started).hasStatusOk();
        assertThat(started).bodyJson().extractingPath("$.status").isEqualTo("in_progress");
    }

    @Test
    void unknownStatusIsRejected() {
        var producer = users.create(Role.PRODUCER);
        var taskId = fixtures.task(producer, fixtures.project(producer));

        var result =
                api.patch(producer, "/api/tasks/" + taskId + "/status", Api.body("status", "started", "version", 0));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
    }

    private MvcTestResult move(TestUsers.TestUser user, String taskId, String status, int version) {
        return api.patch(user, "/api/tasks/" + taskId + "/status", Api.body("status", status, "version", version));
    }

    private void dependOn(TestUsers.TestUser user, String taskId, String predecessorId) {
        var result = api.post(user, "/api/tasks/" + taskId + "/dependencies", Api.body("depends_on_id", predecessorId));
        assertThat(result).hasStatus(201);
    }

    private void finish(TestUsers.TestUser user, String taskId) {
        assertThat(move(user, taskId, "in_progress", 0)).hasStatusOk();
        assertThat(move(user, taskId, "review", 1)).hasStatusOk();
        assertThat(move(user, taskId, "done", 2)).hasStatusOk();
    }
}
