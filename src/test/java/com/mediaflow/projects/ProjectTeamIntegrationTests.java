package com.mediaflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ProjectTeamIntegrationTests {

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
    void producerBuildsTheCrewWithRolesOnTheProject() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var director = users.create(Role.ASSISTANT);
        var projectId = fixtures.project(producer);

        var added = api.post(
                producer,
                "/api/projects/" + projectId + "/team",
                Api.body("user_id", camera.id().toString(), "role", "camera"));
        fixtures.addToTeam(producer, projectId, director.id(), "director");

        assertThat(added).hasStatus(201);
        assertThat(added.getResponse().getHeader("Location"))
                .isEqualTo("/api/projects/" + projectId + "/team/" + camera.id());
        assertThat(added).bodyJson().extractingPath("$.role").isEqualTo("camera");
        assertThat(added).bodyJson().extractingPath("$.full_name").isEqualTo(camera.fullName());
        assertThat(added).bodyJson().extractingPath("$.studio_role").isEqualTo("editor");
        var crew = api.get(camera, "/api/projects/" + projectId + "/team?sort=role");
        assertThat(crew).hasStatusOk();
        assertThat(crew)
                .bodyJson()
                .extractingPath("$.data[*].user_id")
                .asArray()
                .containsExactly(camera.id().toString(), director.id().toString());
        assertThat(api.get(camera, "/api/projects/" + projectId + "/team/" + director.id()))
                .bodyJson()
                .extractingPath("$.role")
                .isEqualTo("director");
    }

    @Test
    void roleChangeNeedsTheCurrentVersion() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var uri = "/api/projects/" + projectId + "/team/" + editor.id();

        var changed = api.put(producer, uri, Api.body("role", "sound", "version", 0));
        var stale = api.put(producer, uri, Api.body("role", "designer", "version", 0));

        assertThat(changed).hasStatusOk();
        assertThat(changed).bodyJson().extractingPath("$.role").isEqualTo("sound");
        assertThat(stale).hasStatus(409);
        assertThat(api.get(producer, uri)).bodyJson().extractingPath("$.role").isEqualTo("sound");
    }

    @Test
    void sameMemberTwiceIsAConflict() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);

        var result = api.post(
                producer,
                "/api/projects/" + projectId + "/team",
                Api.body("user_id", editor.id().toString(), "role", "other"));

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
    }

    @Test
    void unknownOrDeactivatedMembersCannotJoin() {
        var producer = users.create(Role.PRODUCER);
        var leaver = users.create(Role.EDITOR);
        jdbc.sql("UPDATE team_members SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = :id")
                .param("id", leaver.id())
                .update();
        var projectId = fixtures.project(producer);
        var uri = "/api/projects/" + projectId + "/team";

        var deactivated =
                api.post(producer, uri, Api.body("user_id", leaver.id().toString(), "role", "editor"));
        var unknown =
                api.post(producer, uri, Api.body("user_id", UUID.randomUUID().toString(), "role", "editor"));
        var badRole = api.post(producer, uri, Api.body("user_id", leaver.id().toString(), "role", "gaffer"));

        assertThat(deactivated).hasStatus(400);
        assertThat(deactivated).bodyJson().extractingPath("$.errors[0].field").isEqualTo("user_id");
        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("user_id");
        assertThat(badRole).hasStatus(400);
        assertThat(api.get(producer, uri))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void editorsCannotChangeTheCrew() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var newcomer = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);

        var add = api.post(
                editor,
                "/api/projects/" + projectId + "/team",
                Api.body("user_id", newcomer.id().toString(), "role", "editor"));
        var remove = api.delete(editor, "/api/projects/" + projectId + "/team/" + editor.id());

        assertThat(add).hasStatus(403);
        assertThat(remove).hasStatus(403);
        assertThat(api.get(editor, "/api/projects/" + projectId + "/team"))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(1);
    }

    @Test
    void removingSomeoneNotOnTheCrewIsNotFound() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.project(producer);

        var result = api.delete(producer, "/api/projects/" + projectId + "/team/" + UUID.randomUUID());

        assertThat(result).hasStatus(404);
    }
}
