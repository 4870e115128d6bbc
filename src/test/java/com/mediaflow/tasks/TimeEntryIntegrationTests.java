package com.mediaflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class TimeEntryIntegrationTests {

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
    void editorLogsTheirOwnTimeWithTheirRatesCopiedOntoTheEntry() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        fixtures.rates(editor.id(), "42.50", "95.00");
        var taskId = fixtures.task(producer, fixtures.projectWithCrew(producer, editor));
        var yesterday = fixtures.today().minusDays(1);

        var result = api.post(
                editor,
                "/api/tasks/" + taskId + "/time-entries",
                Api.body("date", yesterday.toString(), "minutes", 50, "note", "Assembly", "billable", false));

        assertThat(result).hasStatus(201);
        String id = Json.read(result, "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/time-entries/" + id);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.user_id")
                .isEqualTo(editor.id().toString());
        assertThat(result).bodyJson().extractingPath("$.date").isEqualTo(yesterday.toString());
        assertThat(result).bodyJson().extractingPath("$.minutes").isEqualTo(50);
        assertThat(result).bodyJson().extractingPath("$.billable").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.hourly_cost").isEqualTo(42.5);
        assertThat(result).bodyJson().extractingPath("$.billable_rate").isEqualTo(95.0);
        // 50 minutes at 42.50 an hour is 35.4166…, rounded half-up to 35.42
        assertThat(result).bodyJson().extractingPath("$.cost").isEqualTo(35.42);
    }

    @Test
    void laterRateChangesDoNotRewriteLoggedTime() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        fixtures.rates(editor.id(), "40.00", "90.00");
        var taskId = fixtures.task(owner, fixtures.projectWithCrew(owner, editor));
        var entryId = fixtures.logTime(editor, taskId, fixtures.today(), 60);
        var member = api.get(owner, "/api/team/members/" + editor.id());
        var raise = api.put(
                owner,
                "/api/team/members/" + editor.id(),
                Api.body(
                        "full_name",
                        editor.fullName(),
                        "hourly_cost",
                        80,
                        "billable_rate",
                        150,
                        "version",
                        Json.<Integer>read(member, "$.version")));
        assertThat(raise).hasStatusOk();

        var corrected = api.put(
                editor,
                "/api/time-entries/" + entryId,
                Api.body("date", fixtures.today().toString(), "minutes", 90, "billable", true, "version", 0));
        var later = fixtures.logTime(editor, taskId, fixtures.today(), 60);

        assertThat(corrected).hasStatusOk();
        assertThat(corrected).bodyJson().extractingPath("$.hourly_cost").isEqualTo(40.0);
        assertThat(corrected).bodyJson().extractingPath("$.cost").isEqualTo(60.0);
        var entries = api.get(owner, "/api/tasks/" + taskId + "/time-entries?sort=created_at");
        assertThat(entries).bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(entryId, later);
        assertThat(entries).bodyJson().extractingPath("$.data[1].hourly_cost").isEqualTo(80.0);
    }

    @Test
    void editorCannotLogEditOrDeleteSomeoneElsesTime() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var colleague = users.create(Role.EDITOR);
        var taskId = fixtures.task(producer, fixtures.projectWithCrew(producer, editor, colleague));
        var theirs = fixtures.logTime(colleague, taskId, fixtures.today(), 30);

        var forSomeoneElse = api.post(
                editor,
                "/api/tasks/" + taskId + "/time-entries",
                Api.body(
                        "date",
                        fixtures.today().toString(),
                        "minutes",
                        30,
                        "user_id",
                        colleague.id().toString()));
        var edit = api.put(
                editor,
                "/api/time-entries/" + theirs,
                Api.body("date", fixtures.today().toString(), "minutes", 300, "billable", true, "version", 0));
        var delete = api.delete(editor, "/api/time-entries/" + theirs);

        assertThat(forSomeoneElse).hasStatus(403);
        assertThat(edit).hasStatus(403);
        assertThat(edit).bodyJson().extractingPath("$.detail").isEqualTo("You can log and change only your own time");
        assertThat(delete).hasStatus(403);
        var listed = api.get(editor, "/api/tasks/" + taskId + "/time-entries");
        assertThat(listed)
                .bodyJson()
                .extractingPath("$.data[*].minutes")
                .asArray()
                .containsExactly(30);
    }

    @Test
    void managerCorrectsAndDeletesAnyonesTimeAndLogsForThem() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var taskId = fixtures.task(manager, fixtures.projectWithCrew(manager, editor));
        var entryId = fixtures.logTime(editor, taskId, fixtures.today(), 30);

        var corrected = api.put(
                manager,
                "/api/time-entries/" + entryId,
                Api.body(
                        "date",
                        fixtures.today().toString(),
                        "minutes",
                        45,
                        "note",
                        "fixed",
                        "billable",
                        false,
                        "version",
                        0));
        var onBehalf = api.post(
                manager,
                "/api/tasks/" + taskId + "/time-entries",
                Api.body(
                        "date",
                        fixtures.today().toString(),
                        "minutes",
                        15,
                        "user_id",
                        editor.id().toString()));
        var deleted = api.delete(manager, "/api/time-entries/" + entryId);

        assertThat(corrected).hasStatusOk();
        assertThat(corrected).bodyJson().extractingPath("$.minutes").isEqualTo(45);
        assertThat(corrected).bodyJson().extractingPath("$.note").isEqualTo("fixed");
        assertThat(onBehalf).hasStatus(201);
        assertThat(onBehalf)
                .bodyJson()
                .extractingPath("$.user_id")
                .isEqualTo(editor.id().toString());
        assertThat(onBehalf)
                .bodyJson()
                .extractingPath("$.created_by")
                .isEqualTo(manager.id().toString());
        assertThat(deleted).hasStatus(204);
        assertThat(api.get(manager, "/api/tasks/" + taskId + "/time-entries"))
                .bodyJson()
                .extractingPath("$.data[*].minutes")
                .asArray()
                .containsExactly(15);
    }

    @Test
    void producerLogsOnlyTheirOwnTime() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var taskId = fixtures.task(producer, fixtures.projectWithCrew(producer, editor));

        var result = api.post(
                producer,
                "/api/tasks/" + taskId + "/time-entries",
                Api.body(
                        "date",
                        fixtures.today().toString(),
                        "minutes",
                        15,
                        "user_id",
                        editor.id().toString()));

        assertThat(result).hasStatus(403);
    }

    @Test
    void minutesDateAndDailyTotalAreChecked() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var taskId = fixtures.task(producer, fixtures.projectWithCrew(producer, editor));
        var today = fixtures.today();
        var uri = "/api/tasks/" + taskId + "/time-entries";
        fixtures.logTime(editor, taskId, today, 1000);

        var zero = api.post(editor, uri, Api.body("date", today.toString(), "minutes", 0));
        var tooLong = api.post(editor, uri, Api.body("date", today.toString(), "minutes", 1441));
        var future = api.post(editor, uri, Api.body("date", today.plusDays(1).toString(), "minutes", 30));
        var overTheDay = api.post(editor, uri, Api.body("date", today.toString(), "minutes", 441));
        var fillsTheDay = api.post(editor, uri, Api.body("date", today.toString(), "minutes", 440));
        var noDate = api.post(editor, uri, Api.body("minutes", 30));

        TaskIntegrationTests.assertFieldError(zero, "minutes", "at least 1");
        TaskIntegrationTests.assertFieldError(tooLong, "minutes", "at most 1440");
        TaskIntegrationTests.assertFieldError(future, "date", "cannot be in the future");
        TaskIntegrationTests.assertFieldError(overTheDay, "minutes", "1000 already logged");
        assertThat(fillsTheDay).hasStatus(201);
        TaskIntegrationTests.assertFieldError(noDate, "date", "must not be null");
    }

    @Test
    void staleVersionIsAConflict() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var taskId = fixtures.task(producer, fixtures.projectWithCrew(producer, editor));
        var entryId = fixtures.logTime(editor, taskId, fixtures.today(), 30);
        var body = Api.body("date", fixtures.today().toString(), "minutes", 40, "billable", true, "version", 0);
        assertThat(api.put(editor, "/api/time-entries/" + entryId, body)).hasStatusOk();

        var result = api.put(editor, "/api/time-entries/" + entryId, body);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.current_version").isEqualTo(1);
    }

    @Test
    void ratesAreHiddenFromEditorsOnOthersEntries() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var colleague = users.create(Role.EDITOR);
        fixtures.rates(colleague.id(), "55.00", "100.00");
        fixtures.rates(editor.id(), "35.00", "70.00");
        var body = fixtures.projectBody(producer);
        body.put("manager_id", producer.id().toString());
        var projectId = fixtures.project(producer, body);
        fixtures.addToTeam(producer, projectId, editor.id(), "editor");
        fixtures.addToTeam(producer, projectId, colleague.id(), "editor");
        var taskId = fixtures.task(producer, projectId);
        fixtures.logTime(colleague, taskId, fixtures.today(), 60);
        fixtures.logTime(editor, taskId, fixtures.today(), 60);
        var uri = "/api/tasks/" + taskId + "/time-entries?sort=created_at";

        var asEditor = api.get(editor, uri);
        var asProducerOfTheProject = api.get(producer, uri);
        var asAnotherProducer = api.get(users.create(Role.PRODUCER), uri);

        assertThat(asEditor).bodyJson().extractingPath("$.data[0].hourly_cost").isNull();
        assertThat(asEditor).bodyJson().extractingPath("$.data[0].cost").isNull();
        assertThat(asEditor).bodyJson().extractingPath("$.data[0].minutes").isEqualTo(60);
        assertThat(asEditor).bodyJson().extractingPath("$.data[1].hourly_cost").isEqualTo(35.0);
        assertThat(asProducerOfTheProject)
                .bodyJson()
                .extractingPath("$.data[0].cost")
                .isEqualTo(55.0);
        assertThat(asAnotherProducer)
                .bodyJson()
                .extractingPath("$.data[0].cost")
                .isNull();
    }

    @Test
    void unknownFilterIsRejected() {
        var producer = users.create(Role.PRODUCER);
        var taskId = fixtures.task(producer, fixtures.project(producer));

        var result = api.get(producer, "/api/tasks/" + taskId + "/time-entries?member=me");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("member");
    }
}
