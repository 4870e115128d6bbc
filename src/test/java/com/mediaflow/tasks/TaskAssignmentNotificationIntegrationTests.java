package com.mediaflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.Mailbox;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import com.mediaflow.support.TestUsers.TestUser;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Assigning a task tells the assignee, in the app and by e-mail. */
@IntegrationTest
class TaskAssignmentNotificationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ProjectFixtures fixtures;

    private final Mailbox mailbox = Mailbox.shared();

    @BeforeEach
    void setUp() {
        fixtures = new ProjectFixtures(new Api(mvc), jdbc);
    }

    @Test
    void theAssigneeIsNotifiedInTheAppAndByEmailWithALinkToTheTask() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projectWithCrew(producer, editor);
        var dueDate = fixtures.today().plusDays(7);

        var taskId = fixtures.task(
                producer,
                projectId,
                Map.of(
                        "title",
                        "Colour grade the teaser",
                        "assignee_id",
                        editor.id().toString(),
                        "due_date",
                        dueDate.toString()));

        var mail = mailbox.await(editor.email(), any -> true);
        assertThat(mail.subject()).isEqualTo("New task: Colour grade the teaser");
        assertThat(mail.text())
                .contains(producer.fullName() + " assigned you a task in Spring campaign")
                .contains("http://localhost:3000/tasks/" + taskId);
        var inbox = awaitInbox(editor);
        assertThat(inbox).bodyJson().extractingPath("$.data[0].type").isEqualTo("task_assigned");
        assertThat(inbox).bodyJson().extractingPath("$.data[0].title").isEqualTo("New task: Colour grade the teaser");
        assertThat(inbox).bodyJson().extractingPath("$.data[0].link.entity_id").isEqualTo(taskId);
        assertThat(inbox).bodyJson().extractingPath("$.data[0].link.path").isEqualTo("/tasks/" + taskId);
    }

    @Test
    void nobodyIsNotifiedOfATaskTheyGaveThemselves() {
        var producer = users.create(Role.PRODUCER);
        var projectId = fixtures.projectWithCrew(producer, producer);

        var taskId = fixtures.task(
                producer, projectId, Map.of("assignee_id", producer.id().toString()));

        // The listener has run once the event's publication is complete (completed ones are deleted).
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :task")
                                .param("task", "%" + taskId + "%")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(mailbox.to(producer.email())).isEmpty();
        assertThat(mvc.get()
                        .uri("/api/notifications")
                        .header("Authorization", producer.bearer())
                        .exchange())
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    private MvcTestResult awaitInbox(TestUser user) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> mvc.get()
                                .uri("/api/notifications")
                                .header("Authorization", user.bearer())
                                .exchange(),
                        result -> Json.<Integer>read(result, "$.pagination.total") > 0);
    }
}
