package com.mediaflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.files.internal.FileStorage;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
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

@IntegrationTest
class FileAccessIntegrationTests {

    private static final String ORGANIZATION = "00000000-0000-0000-0000-000000000000";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    FileStorage storage;

    Api api;
    ProjectFixtures projects;
    FileFixtures files;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        projects = new ProjectFixtures(api, jdbc);
        files = new FileFixtures(mvc);
    }

    @Test
    void anEditorGets404ForTheFilesOfAProjectTheyAreNotOn() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var hidden = projects.project(producer);
        String id = Json.read(files.upload(producer, "project", hidden, "cut.pdf", FileFixtures.pdf()), "$.id");

        var list = api.get(editor, "/api/files?entity_type=project&entity_id=" + hidden);
        var one = api.get(editor, "/api/files/" + id);
        var download = api.get(editor, "/api/files/" + id + "/download");
        var thumbnail = api.get(editor, "/api/files/" + id + "/thumbnail");
        var delete = api.delete(editor, "/api/files/" + id);
        var upload = files.upload(editor, "project", hidden, "mine.txt", FileFixtures.text(10));

        for (var result : List.of(list, one, download, thumbnail, delete, upload)) {
            assertThat(result).hasStatus(404);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        }
        // The file's answer gives nothing away about the project it belongs to.
        assertThat(one).bodyJson().extractingPath("$.detail").isEqualTo("File " + id + " was not found");
        assertThat(api.get(producer, "/api/files/" + id)).hasStatusOk();
    }

    @Test
    void anEditorOnTheCrewSeesAndAddsTheProjectsFiles() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = projects.projectWithCrew(producer, editor);
        String theirs = Json.read(files.upload(producer, "project", projectId, "a.pdf", FileFixtures.pdf()), "$.id");

        var upload = files.upload(editor, "project", projectId, "rough cut notes.txt", FileFixtures.text(200));
        var list = api.get(editor, "/api/files?entity_type=project&entity_id=" + projectId + "&sort=file_name");

        assertThat(upload).hasStatus(201);
        assertThat(list).hasStatusOk();
        assertThat(list)
                .bodyJson()
                .extractingPath("$.data[*].file_name")
                .isEqualTo(List.of("a.pdf", "rough cut notes.txt"));
        assertThat(list).bodyJson().extractingPath("$.pagination.total").isEqualTo(2);
        // An editor may remove what they uploaded, not what others did.
        assertThat(api.delete(editor, "/api/files/" + theirs)).hasStatus(403);
        assertThat(api.delete(editor, "/api/files/" + Json.read(upload, "$.id")))
                .hasStatus(204);
    }

    @Test
    void anAssistantOnTheCrewSeesTheFilesButMayNotAddAny() {
        var producer = users.create(Role.PRODUCER);
        var assistant = users.create(Role.ASSISTANT);
        var projectId = projects.projectWithCrew(producer, assistant);
        files.upload(producer, "project", projectId, "schedule.pdf", FileFixtures.pdf());

        var upload = files.upload(assistant, "project", projectId, "mine.txt", FileFixtures.text(10));
        var list = api.get(assistant, "/api/files?entity_type=project&entity_id=" + projectId);

        assertThat(upload).hasStatus(403);
        assertThat(upload).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        assertThat(list).bodyJson().extractingPath("$.pagination.total").isEqualTo(1);
    }

    @Test
    void deletingAFileRemovesItsBytes() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        String id = Json.read(files.upload(producer, "project", projectId, "x.pdf", FileFixtures.pdf()), "$.id");
        String key = jdbc.sql("SELECT storage_key FROM files WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(storage.exists(key)).isTrue();

        var delete = api.delete(producer, "/api/files/" + id);

        assertThat(delete).hasStatus(204);
        assertThat(storage.exists(key)).isFalse();
        assertThat(api.get(producer, "/api/files/" + id)).hasStatus(404);
    }

    @Test
    void aTasksAssigneeMayAttachFilesAndTheyGoWithTheTask() {
        var producer = users.create(Role.PRODUCER);
        var assistant = users.create(Role.ASSISTANT);
        var projectId = projects.projectWithCrew(producer, assistant);
        var taskId = projects.task(
                producer, projectId, Map.of("assignee_id", assistant.id().toString()));
        var otherTask = projects.task(producer, projectId);

        var attached = files.upload(assistant, "task", taskId, "storyboard.pdf", FileFixtures.pdf());
        var notTheirs = files.upload(assistant, "task", otherTask, "storyboard.pdf", FileFixtures.pdf());
        assertThat(attached).hasStatus(201);
        assertThat(notTheirs).hasStatus(403);

        assertThat(api.delete(producer, "/api/tasks/" + taskId)).hasStatus(204);

        assertThat(api.get(producer, "/api/files/" + Json.read(attached, "$.id")))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT count(*) FROM files WHERE entity_type = 'task' AND entity_id = :id")
                        .param("id", UUID.fromString(taskId))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aProjectWithFilesCannotBeDeleted() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        files.upload(producer, "project", projectId, "x.pdf", FileFixtures.pdf());

        var delete = api.delete(producer, "/api/projects/" + projectId);

        assertThat(delete).hasStatus(409);
        assertThat(delete).bodyJson().extractingPath("$.detail").asString().contains("files");
    }

    @Test
    void everyoneSeesAContactsFilesAndOnlyThoseWhoEditContactsAddThem() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var contactId = projects.client(producer);

        var byProducer = files.upload(producer, "contact", contactId, "NDA signed.pdf", FileFixtures.pdf());
        var byEditor = files.upload(editor, "contact", contactId, "notes.txt", FileFixtures.text(10));
        var missing = files.upload(producer, "contact", UUID.randomUUID(), "notes.txt", FileFixtures.text(10));

        assertThat(byProducer).hasStatus(201);
        assertThat(byEditor).hasStatus(403);
        assertThat(missing).hasStatus(404);
        assertThat(api.get(editor, "/api/files?entity_type=contact&entity_id=" + contactId))
                .bodyJson()
                .extractingPath("$.data[0].file_name")
                .isEqualTo("NDA signed.pdf");
    }

    @Test
    void theOwnerAttachesTheStudiosLogoAndEveryoneMayReadIt() {
        var owner = users.create(Role.OWNER);
        var producer = users.create(Role.PRODUCER);

        var logo = files.upload(owner, "organization", ORGANIZATION, "logo.png", FileFixtures.png(200, 80));
        var byProducer = files.upload(producer, "organization", ORGANIZATION, "logo.png", FileFixtures.png(20, 8));
        var elsewhere = files.upload(owner, "organization", UUID.randomUUID(), "logo.png", FileFixtures.png(20, 8));

        assertThat(logo).hasStatus(201);
        assertThat(byProducer).hasStatus(403);
        assertThat(elsewhere).hasStatus(404);
        assertThat(api.get(producer, "/api/files/" + Json.read(logo, "$.id") + "/download"))
                .hasStatusOk();
    }

    @Test
    void listingNeedsTheRecordAndRejectsUnknownParameters() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);

        var noId = api.get(producer, "/api/files?entity_type=project");
        var unknown = api.get(producer, "/api/files?entity_type=project&entity_id=" + projectId + "&kind=x");
        var badSort = api.get(producer, "/api/files?entity_type=project&entity_id=" + projectId + "&sort=storage_key");

        assertThat(noId).hasStatus(400);
        assertThat(noId).bodyJson().extractingPath("$.errors[0].field").isEqualTo("entity_id");
        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
        assertThat(badSort).hasStatus(400);
    }
}
