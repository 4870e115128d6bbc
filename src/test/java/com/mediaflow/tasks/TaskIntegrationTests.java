package com.mediaflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.time.Duration;
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
class TaskIntegrationTests {

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
    void producerCreatesATaskAssignedToACrewMember() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var today = fixtures.today();

        var result = api.post(
                producer,
                "/api/tasks",
                Api.body(
                        "project_id",
                        projectId,
                        "title",
                        "  Rough cut  ",
                        "description",
                        "First assembly",
                        "assignee_id",
                        editor.id().toString(),
                        "priority",
                        "high",
                        "start_date",
                        today.toString(),
                        "due_date",
                        today.plusDays(3).toString(),
                        "estimate_minutes",
                        480));

        assertThat(result).hasStatus(201);
        String id = Json.read(result, "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/tasks/" + id);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Rough cut");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("todo");
        assertThat(result).bodyJson().extractingPath("$.priority").isEqualTo("high");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.assignee_id")
                .isEqualTo(editor.id().toString());
        assertThat(result).bodyJson().extractingPath("$.estimate_minutes").isEqualTo(480);
        assertThat(result).bodyJson().extractingPath("$.overdue").isEqualTo(false);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.allowed_transitions")
                .asArray()
                .containsExactly("in_progress", "blocked");
        assertThat(api.get(editor, "/api/tasks/" + id))
                .bodyJson()
                .extractingPath("$.project_id")
                .isEqualTo(projectId);
    }

    @Test
    void assigneeMustBeOnTheProjectsTeam() {
        var producer = users.create(Role.PRODUCER);
        var outsider = users.create(Role.EDITOR);
        var projectId = fixtures.project(producer);

        var result = api.post(
                producer,
                "/api/tasks",
                Api.body(
                        "project_id",
                        projectId,
                        "title",
                        "Sound mix",
                        "assignee_id",
                        outsider.id().toString()));

        assertFieldError(result, "assignee_id", "must be a member of the project's team");
        assertThat(ids(api.get(producer, "/api/projects/" + projectId + "/tasks")))
                .isEmpty();
    }

    @Test
    void theProjectManagerIsNotAssignableUnlessOnTheTeam() {
        var producer = users.create(Role.PRODUCER);
        var body = fixtures.projectBody(producer);
        body.put("manager_id", producer.id().toString());
        var projectId = fixtures.project(producer, body);

        var refused = api.post(
                producer,
                "/api/tasks",
                Api.body(
                        "project_id",
                        projectId,
                        "title",
                        "Call sheet",
                        "assignee_id",
                        producer.id().toString()));
        fixtures.addToTeam(producer, projectId, producer.id(), "producer");
        var accepted = api.post(
                producer,
                "/api/tasks",
                Api.body(
                        "project_id",
                        projectId,
                        "title",
                        "Call sheet",
                        "assignee_id",
                        producer.id().toString()));

        assertFieldError(refused, "assignee_id", "team");
        assertThat(accepted).hasStatus(201);
    }

    @Test
    void invalidTasksAreRejected() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);

        var blank = api.post(
                producer,
                "/api/tasks",
                Api.body("project_id", projectId, "title", "", "estimate_minutes", 0, "priority", "medium"));
        var dueBeforeStart = api.post(
                producer,
                "/api/tasks",
                Api.body(
                        "project_id",
                        projectId,
                        "title",
                        "Grade",
                        "start_date",
                        "2026-06-10",
                        "due_date",
                        "2026-06-09"));
        var unknownProject = api.post(
                producer, "/api/tasks", Api.body("project_id", UUID.randomUUID().toString(), "title", "Grade"));

        assertThat(blank).hasStatus(400);
        assertThat(blank)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("title", "estimate_minutes");
        assertFieldError(dueBeforeStart, "due_date", "must be on or after start_date");
        assertFieldError(unknownProject, "project_id", "must be an existing project");
    }

    @Test
    void editorsCannotCreateEditOrDeleteTasks() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var taskId = fixtures.task(producer, projectId);

        var create = api.post(editor, "/api/tasks", Api.body("project_id", projectId, "title", "Mine"));
        var update =
                api.put(editor, "/api/tasks/" + taskId, Api.body("title", "Mine", "priority", "low", "version", 0));
        var delete = api.delete(editor, "/api/tasks/" + taskId);

        assertThat(create).hasStatus(403);
        assertThat(update).hasStatus(403);
        assertThat(delete).hasStatus(403);
        assertThat(api.get(editor, "/api/tasks/" + taskId)).hasStatusOk();
    }

    @Test
    void updateReplacesTheDetailsAndRefusesAStaleVersion() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var taskId = fixtures.task(producer, projectId, Map.of("description", "old"));

        var updated = api.put(
                producer,
                "/api/tasks/" + taskId,
                Api.body(
                        "title",
                        "Online edit",
                        "priority",
                        "urgent",
                        "assignee_id",
                        editor.id().toString(),
                        "version",
                        0));
        var stale = api.put(
                producer, "/api/tasks/" + taskId, Api.body("title", "Lost edit", "priority", "low", "version", 0));

        assertThat(updated).hasStatusOk();
        assertThat(updated).bodyJson().extractingPath("$.title").isEqualTo("Online edit");
        assertThat(updated).bodyJson().extractingPath("$.priority").isEqualTo("urgent");
        assertThat(updated).bodyJson().extractingPath("$.description").isNull();
        assertThat(updated).bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(api.get(producer, "/api/tasks/" + taskId))
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Online edit");
    }

    @Test
    void overdueFilterKeepsTasksPastTheirDueDateThatAreNotDone() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);
        var today = fixtures.today();
        var late = fixtures.task(
                producer, projectId, Map.of("due_date", today.minusDays(1).toString()));
        var dueToday = fixtures.task(producer, projectId, Map.of("due_date", today.toString()));
        var noDate = fixtures.task(producer, projectId);
        var lateButDone = fixtures.task(
                producer, projectId, Map.of("due_date", today.minusDays(5).toString()));
        finish(producer, lateButDone);

        var overdue = api.get(producer, "/api/tasks?project_id=" + projectId + "&overdue=true");
        var notOverdue = api.get(producer, "/api/projects/" + projectId + "/tasks?overdue=false");

        assertThat(ids(overdue)).containsExactly(late);
        assertThat(overdue).bodyJson().extractingPath("$.data[0].overdue").isEqualTo(true);
        assertThat(ids(notOverdue)).containsExactlyInAnyOrder(dueToday, noDate, lateButDone);
    }

    @Test
    void listFiltersByAssigneeStatusPriorityAndDueRange() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var mine = fixtures.task(
                producer,
                projectId,
                Map.of("assignee_id", editor.id().toString(), "priority", "urgent", "due_date", "2026-07-10"));
        var other = fixtures.task(producer, projectId, Map.of("priority", "low", "due_date", "2026-07-20"));
        var base = "/api/tasks?project_id=" + projectId;

        assertThat(ids(api.get(producer, base + "&assignee_id=" + editor.id()))).containsExactly(mine);
        assertThat(ids(api.get(producer, base + "&priority=LOW"))).containsExactly(other);
        assertThat(ids(api.get(producer, base + "&status=todo&sort=-priority"))).containsExactly(mine, other);
        assertThat(ids(api.get(producer, base + "&due_from=2026-07-11&due_to=2026-07-20")))
                .containsExactly(other);
        assertThat(ids(api.get(producer, base + "&sort=due_date"))).containsExactly(mine, other);
        assertThat(ids(api.get(producer, base + "&status=done"))).isEmpty();
    }

    @Test
    void unknownFilterAndBadRangeAreRejected() {
        var producer = users.create(Role.PRODUCER);

        var unknown = api.get(producer, "/api/tasks?due_before=2026-01-01");
        var badRange = api.get(producer, "/api/tasks?due_from=2026-02-01&due_to=2026-01-01");
        var badStatus = api.get(producer, "/api/tasks?status=finished");

        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("due_before");
        assertFieldError(badRange, "due_to", "must be on or after due_from");
        assertThat(badStatus).hasStatus(400);
        assertThat(badStatus).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void taskWithLoggedTimeCannotBeDeleted() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var taskId = fixtures.task(producer, projectId);
        var spare = fixtures.task(producer, projectId);
        fixtures.logTime(editor, taskId, fixtures.today(), 30);

        var refused = api.delete(producer, "/api/tasks/" + taskId);
        var deleted = api.delete(producer, "/api/tasks/" + spare);

        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.time_entries").isEqualTo(1);
        assertThat(deleted).hasStatus(204);
        assertThat(api.get(producer, "/api/tasks/" + spare)).hasStatus(404);
        assertThat(api.get(producer, "/api/tasks/" + taskId)).hasStatusOk();
    }

    @Test
    void projectWithTasksCannotBeDeleted() {
        var manager = users.create(Role.MANAGER);
        var projectId = fixtures.project(manager);
        fixtures.task(manager, projectId);
        fixtures.task(manager, projectId);

        var result = api.delete(manager, "/api/projects/" + projectId);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.dependents.tasks").isEqualTo(2);
        assertThat(Json.<String>read(result, "$.detail")).contains("2 tasks").contains("cancelled");
        assertThat(api.get(manager, "/api/projects/" + projectId)).hasStatusOk();
    }

    @Test
    void leavingTheCrewUnassignsOpenTasksButNotDoneOnes() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var open = fixtures.task(
                producer, projectId, Map.of("assignee_id", editor.id().toString()));
        var done = fixtures.task(
                producer, projectId, Map.of("assignee_id", editor.id().toString()));
        finish(producer, done);

        assertThat(api.delete(producer, "/api/projects/" + projectId + "/team/" + editor.id()))
                .hasStatus(204);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get(producer, "/api/tasks/" + open))
                        .bodyJson()
                        .extractingPath("$.assignee_id")
                        .isNull());
        assertThat(api.get(producer, "/api/tasks/" + done))
                .bodyJson()
                .extractingPath("$.assignee_id")
                .isEqualTo(editor.id().toString());
        var renamed = api.put(
                producer,
                "/api/tasks/" + done,
                Api.body(
                        "title",
                        "Archived cut",
                        "priority",
                        "low",
                        "assignee_id",
                        editor.id().toString(),
                        "version",
                        3));
        assertThat(renamed).hasStatusOk();
        var reassigned = api.put(
                producer,
                "/api/tasks/" + open,
                Api.body(
                        "title",
                        "Open cut",
                        "priority",
                        "low",
                        "assignee_id",
                        editor.id().toString(),
                        "version",
                        1));
        assertFieldError(reassigned, "assignee_id", "team");
    }

    /** Moves a task from todo to done through the workflow. */
    private void finish(TestUsers.TestUser user, String taskId) {
        var version = 0;
        for (var status : List.of("in_progress", "review", "done")) {
            var result = api.patch(
                    user, "/api/tasks/" + taskId + "/status", Api.body("status", status, "version", version++));
            assertThat(result).hasStatusOk();
        }
    }

    static void assertFieldError(MvcTestResult result, String field, String message) {
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
