package com.mediaflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The OpenAPI document describes the project and task routes as the API serves them. */
@IntegrationTest
class ProjectApiDocumentationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    MvcTestResult document;

    @BeforeEach
    void setUp() {
        document = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(document).hasStatusOk();
    }

    @Test
    void everyRouteIsDescribedWithItsSuccessAndErrorAnswers() {
        Map<String, Map<String, List<String>>> expected = Map.of(
                "/api/projects", Map.of("get", List.of("200"), "post", List.of("201", "409")),
                "/api/projects/{id}",
                        Map.of(
                                "get", List.of("200", "404"),
                                "put", List.of("200", "404", "409"),
                                "delete", List.of("204", "409")),
                "/api/projects/{id}/team/{user_id}",
                        Map.of("get", List.of("200", "404"), "put", List.of("200", "409"), "delete", List.of("204")),
                "/api/projects/{id}/budget", Map.of("get", List.of("200", "403", "404")),
                "/api/projects/{id}/tasks", Map.of("get", List.of("200", "404")),
                "/api/tasks/{id}/status", Map.of("patch", List.of("200", "403", "404", "409")),
                "/api/tasks/{id}/dependencies/{other_id}", Map.of("delete", List.of("204", "404")),
                "/api/tasks/{id}/time-entries", Map.of("get", List.of("200", "404"), "post", List.of("201", "403")),
                "/api/time-entries/{id}", Map.of("put", List.of("200", "403", "409"), "delete", List.of("204")));

        expected.forEach((path, operations) -> operations.forEach((method, statuses) -> {
            Map<String, Object> responses = Json.read(document, "$.paths['" + path + "']." + method + ".responses");
            assertThat(responses).as(method + " " + path).containsKeys(statuses.toArray(String[]::new));
            assertThat(Json.<String>read(document, "$.paths['" + path + "']." + method + ".description"))
                    .as(method + " " + path)
                    .isNotBlank();
        }));
    }

    @Test
    void writesNameThePermissionTheyNeed() {
        assertThat(Json.<String>read(document, "$.paths['/api/projects'].post['x-required-permission']"))
                .isEqualTo("can_manage_projects");
        assertThat(Json.<String>read(document, "$.paths['/api/tasks/{id}'].delete['x-required-permission']"))
                .isEqualTo("can_manage_projects");
    }

    @Test
    void filtersAreDocumentedByTheirSnakeCaseNames() {
        List<String> projectFilters = Json.read(document, "$.paths['/api/projects'].get.parameters[*].name");
        List<String> taskFilters = Json.read(document, "$.paths['/api/tasks'].get.parameters[*].name");

        assertThat(projectFilters).contains("status", "type", "client_id", "manager_id", "tag", "q", "page", "sort");
        assertThat(taskFilters)
                .contains("project_id", "assignee_id", "status", "priority", "overdue", "due_from", "due_to");
        assertThat(projectFilters).noneMatch(name -> name.matches(".*[A-Z].*"));
        assertThat(taskFilters).noneMatch(name -> name.matches(".*[A-Z].*"));
    }

    @Test
    void enumsAreDocumentedAsTheApiWritesThem() {
        List<String> statuses = Json.read(document, "$.components.schemas.ProjectView.properties.status.enum");
        List<String> taskStatuses = Json.read(document, "$.components.schemas.TaskView.properties.status.enum");

        assertThat(statuses).contains("pre_production", "on_hold", "cancelled");
        List<String> pausedFrom = Json.read(document, "$.components.schemas.ProjectView.properties.paused_from.enum");
        assertThat(pausedFrom)
                .as("a nullable enum admits null")
                .contains("production")
                .containsNull();
        assertThat(taskStatuses).containsExactlyInAnyOrder("todo", "in_progress", "review", "done", "blocked");
    }
}
