package com.mediaflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ProjectVisibilityIntegrationTests {

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
    void editorCannotSeeOtherProjects() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var theirs = fixtures.projectWithCrew(producer, editor);
        var other = fixtures.project(producer);

        var list = api.get(editor, "/api/projects?limit=100");
        var hidden = api.get(editor, "/api/projects/" + other);

        assertThat(ProjectIntegrationTests.ids(list)).containsExactly(theirs);
        assertThat(list).bodyJson().extractingPath("$.pagination.total").isEqualTo(1);
        assertThat(hidden).hasStatus(404);
        assertThat(hidden).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(api.get(editor, "/api/projects/" + theirs)).hasStatusOk();
    }

    @Test
    void assistantSeesTheProjectsTheyManageOrAreOnTheCrewOf() {
        var producer = users.create(Role.PRODUCER);
        var assistant = users.create(Role.ASSISTANT);
        var managed = fixtures.projectBody(producer);
        managed.put("manager_id", assistant.id().toString());
        var managedId = fixtures.project(producer, managed);
        var crewed = fixtures.projectWithCrew(producer, assistant);
        fixtures.project(producer);

        assertThat(ProjectIntegrationTests.ids(api.get(assistant, "/api/projects?limit=100")))
                .containsExactlyInAnyOrder(managedId, crewed);
    }

    @Test
    void hiddenProjectIsNotFoundOnEveryRouteUnderIt() {
        var producer = users.create(Role.PRODUCER);
        var insider = users.create(Role.EDITOR);
        var outsider = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, insider);
        var taskId = fixtures.task(producer, projectId);
        var entryId = fixtures.logTime(insider, taskId, fixtures.today(), 30);
        var today = fixtures.today().toString();

        List<MvcTestResult> answers = List.of(
                api.get(outsider, "/api/projects/" + projectId),
                api.get(outsider, "/api/projects/" + projectId + "/tasks"),
                api.get(outsider, "/api/projects/" + projectId + "/team"),
                api.get(outsider, "/api/projects/" + projectId + "/team/" + insider.id()),
                api.get(outsider, "/api/projects/" + projectId + "/budget"),
                api.get(outsider, "/api/tasks/" + taskId),
                api.get(outsider, "/api/tasks/" + taskId + "/dependencies"),
                api.get(outsider, "/api/tasks/" + taskId + "/time-entries"),
                api.post(outsider, "/api/tasks/" + taskId + "/time-entries", Api.body("date", today, "minutes", 30)),
                api.patch(
                        outsider, "/api/tasks/" + taskId + "/status", Api.body("status", "in_progress", "version", 0)),
                api.put(
                        outsider,
                        "/api/time-entries/" + entryId,
                        Api.body("date", today, "minutes", 10, "billable", true, "version", 0)),
                api.delete(outsider, "/api/time-entries/" + entryId));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer).hasStatus(404);
            assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
            assertThat(Json.<String>read(answer, "$.detail"))
                    .doesNotContain(insider.id().toString());
        });
        assertThat(ProjectIntegrationTests.ids(api.get(outsider, "/api/tasks?project_id=" + projectId)))
                .isEmpty();
        assertThat(api.get(insider, "/api/tasks/" + taskId + "/time-entries"))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(1);
    }

    @Test
    void editorSeesOnlyTheTasksOfTheirProjects() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var theirs = fixtures.projectWithCrew(producer, editor);
        var mine = fixtures.task(producer, theirs);
        var other = fixtures.project(producer);
        var hidden = fixtures.task(producer, other);

        var list = ProjectIntegrationTests.ids(api.get(editor, "/api/tasks?limit=100"));

        assertThat(list).contains(mine).doesNotContain(hidden);
        assertThat(api.get(producer, "/api/tasks/" + hidden)).hasStatusOk();
    }

    @Test
    void leavingTheCrewHidesTheProject() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        assertThat(api.get(editor, "/api/projects/" + projectId)).hasStatusOk();

        assertThat(api.delete(producer, "/api/projects/" + projectId + "/team/" + editor.id()))
                .hasStatus(204);

        assertThat(api.get(editor, "/api/projects/" + projectId)).hasStatus(404);
    }

    @Test
    void ownersManagersAndProducersSeeEveryProject() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);

        for (var role : List.of(Role.OWNER, Role.MANAGER, Role.PRODUCER)) {
            var viewer = users.create(role);
            assertThat(api.get(viewer, "/api/projects/" + projectId))
                    .as(role.value())
                    .hasStatusOk();
        }
    }

    @Test
    void producerSeesTheMoneyOfTheProjectsTheyCreated() {
        var producer = users.create(Role.PRODUCER);
        var body = fixtures.projectBody(producer);
        body.put("budget", 1200);
        var created = api.post(producer, "/api/projects", body);
        String projectId = Json.read(created, "$.id");

        assertThat(created).bodyJson().extractingPath("$.budget").isEqualTo(1200.0);
        assertThat(api.get(producer, "/api/projects/" + projectId))
                .bodyJson()
                .extractingPath("$.budget")
                .isEqualTo(1200.0);
        assertThat(api.get(producer, "/api/projects/" + projectId + "/budget")).hasStatusOk();
    }

    @Test
    void budgetIsHiddenFromThoseWhoMayNotSeeTheMoney() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var outsideProducer = users.create(Role.PRODUCER);
        var crewProducer = users.create(Role.PRODUCER);
        var body = fixtures.projectBody(manager);
        body.put("budget", 5000);
        var projectId = fixtures.project(manager, body);
        fixtures.addToTeam(manager, projectId, editor.id(), "editor");
        fixtures.addToTeam(manager, projectId, crewProducer.id(), "producer");

        assertThat(api.get(editor, "/api/projects/" + projectId))
                .bodyJson()
                .extractingPath("$.budget")
                .isNull();
        assertThat(api.get(outsideProducer, "/api/projects/" + projectId))
                .bodyJson()
                .extractingPath("$.budget")
                .isNull();
        assertThat(api.get(crewProducer, "/api/projects/" + projectId))
                .bodyJson()
                .extractingPath("$.budget")
                .isEqualTo(5000.0);
        var editorBudget = api.get(editor, "/api/projects/" + projectId + "/budget");
        assertThat(editorBudget).hasStatus(403);
        assertThat(api.get(outsideProducer, "/api/projects/" + projectId + "/budget"))
                .hasStatus(403);
        assertThat(api.get(crewProducer, "/api/projects/" + projectId + "/budget"))
                .hasStatusOk();
    }
}
