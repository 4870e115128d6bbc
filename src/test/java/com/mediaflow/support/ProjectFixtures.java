package com.mediaflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clients, projects, crews and tasks for tests, made through the real routes wherever one exists.
 * Clients are written straight to the contacts table, owned by the contacts module.
 */
public final class ProjectFixtures {

    private final Api api;
    private final JdbcClient jdbc;

    public ProjectFixtures(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** A company contact to be a project's client. */
    public UUID client(TestUsers.TestUser createdBy) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO contacts (id, type, display_name, created_by, created_at, updated_at)
                        VALUES (:id, 'COMPANY', :name, :createdBy, :now, :now)
                        """)
                .param("id", id)
                .param("name", "Client " + id.toString().substring(0, 8))
                .param("createdBy", createdBy.id())
                .param("now", now)
                .update();
        return id;
    }

    /** The body of a valid project for a new client, to adjust per test. */
    public Map<String, Object> projectBody(TestUsers.TestUser manager) {
        return Api.body(
                "name",
                "Spring campaign " + UUID.randomUUID().toString().substring(0, 6),
                "client_id",
                client(manager).toString(),
                "type",
                "commercial");
    }

    /** A new project in planning, created by {@code manager}; its id. */
    public String project(TestUsers.TestUser manager) {
        return project(manager, projectBody(manager));
    }

    public String project(TestUsers.TestUser manager, Map<String, Object> body) {
        var result = api.post(manager, "/api/projects", body);
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }

    public void addToTeam(TestUsers.TestUser manager, String projectId, UUID userId, String role) {
        var result = api.post(
                manager, "/api/projects/" + projectId + "/team", Api.body("user_id", userId.toString(), "role", role));
        assertThat(result).hasStatus(201);
    }

    /** A new task of the project; its id. */
    public String task(TestUsers.TestUser manager, String projectId, Map<String, Object> body) {
        var full = Api.body(
                "project_id",
                projectId,
                "title",
                "Colour grade " + UUID.randomUUID().toString().substring(0, 6));
        full.putAll(body);
        var result = api.post(manager, "/api/tasks", full);
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }

    public String task(TestUsers.TestUser manager, String projectId) {
        return task(manager, projectId, Map.of());
    }

    /** A project with {@code crew} on its team as editors; its id. */
    public String projectWithCrew(TestUsers.TestUser manager, TestUsers.TestUser... crew) {
        var projectId = project(manager);
        for (var member : crew) {
            addToTeam(manager, projectId, member.id(), "editor");
        }
        return projectId;
    }

    /** Sets a member's rates as the team route would. */
    public void rates(UUID memberId, String hourlyCost, String billableRate) {
        jdbc.sql("UPDATE team_members SET hourly_cost = :cost, billable_rate = :rate WHERE id = :id")
                .param("cost", new BigDecimal(hourlyCost))
                .param("rate", new BigDecimal(billableRate))
                .param("id", memberId)
                .update();
    }

    /** Today where the studio is, as the server measures "overdue" and "in the future". */
    public LocalDate today() {
        var zone = jdbc.sql("SELECT timezone FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single();
        return LocalDate.now(ZoneId.of(zone));
    }

    /** Logs time on a task; the entry's id. */
    public String logTime(TestUsers.TestUser user, String taskId, LocalDate date, int minutes) {
        var result = api.post(
                user, "/api/tasks/" + taskId + "/time-entries", Api.body("date", date.toString(), "minutes", minutes));
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }
}
