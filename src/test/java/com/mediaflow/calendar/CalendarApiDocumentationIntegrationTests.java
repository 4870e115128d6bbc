package com.mediaflow.calendar;

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

/** The OpenAPI document describes the calendar routes as the API serves them. */
@IntegrationTest
class CalendarApiDocumentationIntegrationTests {

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
                "/api/calendar/events", Map.of("get", List.of("200", "400"), "post", List.of("201", "403", "409")),
                "/api/calendar/events/{id}",
                        Map.of(
                                "get", List.of("200", "404"),
                                "put", List.of("200", "403", "404", "409"),
                                "delete", List.of("204", "403", "404")),
                "/api/calendar/feed-url", Map.of("get", List.of("200", "401")),
                "/api/calendar/feed-url/rotate", Map.of("post", List.of("200", "401")),
                "/api/calendar/feed/{secret}.ics", Map.of("get", List.of("200", "404")));

        expected.forEach((path, operations) -> operations.forEach((method, statuses) -> {
            Map<String, Object> responses = Json.read(document, "$.paths['" + path + "']." + method + ".responses");
            assertThat(responses).as(method + " " + path).containsKeys(statuses.toArray(String[]::new));
            assertThat(Json.<String>read(document, "$.paths['" + path + "']." + method + ".description"))
                    .as(method + " " + path)
                    .isNotBlank();
        }));
    }

    @Test
    void theFeedIsPublicAndServedAsTextCalendar() {
        var feed = "$.paths['/api/calendar/feed/{secret}.ics'].get";

        assertThat(Json.<Map<String, Object>>read(document, feed + ".responses.200.content"))
                .containsOnlyKeys("text/calendar");
        assertThat(Json.<Map<String, Object>>read(document, feed + ".responses"))
                .doesNotContainKeys("401", "403");
        assertThat(Json.<List<Object>>read(document, "$.paths['/api/calendar/feed-url'].get.security"))
                .isNotEmpty();
    }

    @Test
    void writesNameThePermissionTheyNeedAndFiltersTheirSnakeCaseNames() {
        assertThat(Json.<String>read(document, "$.paths['/api/calendar/events'].post['x-required-permission']"))
                .isEqualTo("can_manage_projects");
        assertThat(Json.<String>read(document, "$.paths['/api/calendar/events/{id}'].delete['x-required-permission']"))
                .isEqualTo("can_manage_projects");
        List<String> filters = Json.read(document, "$.paths['/api/calendar/events'].get.parameters[*].name");
        assertThat(filters)
                .contains("from", "to", "project_id", "member_id", "type", "page", "limit", "sort")
                .noneMatch(name -> name.matches(".*[A-Z].*"));
        List<String> types = Json.read(document, "$.components.schemas.CalendarEventView.properties.type.enum");
        assertThat(types).containsExactlyInAnyOrder("shoot", "meeting", "review", "delivery", "other");
    }
}
