package com.mediaflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import com.mediaflow.support.TestUsers.TestUser;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNotificationAppearsInTheMembersInboxWithItsLink() {
        var editor = users.create(Role.EDITOR);
        var taskId = UUID.randomUUID();

        var id = notifications
                .notify(
                        editor.id(),
                        NotificationType.TASK_ASSIGNED,
                        "  New task: Colour grade  ",
                        "Pam assigned you a task in Spring Campaign",
                        NotificationLink.to("task", taskId, "/tasks/" + taskId))
                .orElseThrow();

        var list = list(editor, "/api/notifications");
        assertThat(list).hasStatusOk();
        assertThat(list).bodyJson().extractingPath("$.pagination.total").isEqualTo(1);
        assertThat(list).bodyJson().extractingPath("$.data[0].id").isEqualTo(id.toString());
        assertThat(list).bodyJson().extractingPath("$.data[0].type").isEqualTo("task_assigned");
        assertThat(list).bodyJson().extractingPath("$.data[0].title").isEqualTo("New task: Colour grade");
        assertThat(list)
                .bodyJson()
                .extractingPath("$.data[0].body")
                .isEqualTo("Pam assigned you a task in Spring Campaign");
        assertThat(list).bodyJson().extractingPath("$.data[0].link.entity_type").isEqualTo("task");
        assertThat(list).bodyJson().extractingPath("$.data[0].link.entity_id").isEqualTo(taskId.toString());
        assertThat(list).bodyJson().extractingPath("$.data[0].link.path").isEqualTo("/tasks/" + taskId);
        assertThat(list).bodyJson().extractingPath("$.data[0].read").isEqualTo(false);
        assertThat(list).bodyJson().extractingPath("$.data[0].read_at").isNull();
        assertThat(Json.<Integer>read(list, "$.data[0].sequence")).isPositive();
        assertThat(list(editor, "/api/notifications/unread-count"))
                .bodyJson()
                .extractingPath("$.unread_count")
                .isEqualTo(1);
    }

    @Test
    void aRolledBackChangeNotifiesNoOne() {
        var editor = users.create(Role.EDITOR);

        transactions.executeWithoutResult(status -> {
            notifications.notify(editor.id(), NotificationType.EXPENSE_APPROVED, "Approved", null, null);
            status.setRollbackOnly();
        });

        assertThat(list(editor, "/api/notifications"))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void membersSeeOnlyTheirOwnNotifications() {
        var editor = users.create(Role.EDITOR);
        var owner = users.create(Role.OWNER);
        var id = notify(editor, NotificationType.TASK_ASSIGNED, "Mine");

        assertThat(list(owner, "/api/notifications"))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
        var othersRead = read(owner, id);
        assertThat(othersRead).hasStatus(404);
        assertThat(othersRead).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(read(editor, UUID.randomUUID())).hasStatus(404);
        assertThat(list(editor, "/api/notifications/unread-count"))
                .bodyJson()
                .extractingPath("$.unread_count")
                .isEqualTo(1);
    }

    @Test
    void theListFiltersByUnreadAndTypeAndRejectsUnknownParameters() {
        var editor = users.create(Role.EDITOR);
        var first = notify(editor, NotificationType.TASK_ASSIGNED, "First task");
        notify(editor, NotificationType.TASK_ASSIGNED, "Second task");
        notify(editor, NotificationType.EXPENSE_APPROVED, "Expense approved");
        read(editor, first);

        assertThat(list(editor, "/api/notifications?unread=true"))
                .bodyJson()
                .extractingPath("$.data[*].title")
                .asArray()
                .containsExactly("Expense approved", "Second task");
        assertThat(list(editor, "/api/notifications?unread=false"))
                .bodyJson()
                .extractingPath("$.data[*].title")
                .asArray()
                .containsExactly("First task");
        assertThat(list(editor, "/api/notifications?type=expense_approved&limit=1"))
                .bodyJson()
                .extractingPath("$.data[*].title")
                .asArray()
                .containsExactly("Expense approved");
        assertThat(list(editor, "/api/notifications?sort=sequence&limit=2"))
                .bodyJson()
                .extractingPath("$.data[*].title")
                .asArray()
                .containsExactly("First task", "Second task");
        var unknown = list(editor, "/api/notifications?colour=red");
        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(list(editor, "/api/notifications?type=party")).hasStatus(400);
        assertThat(list(editor, "/api/notifications?sort=title")).hasStatus(400);
    }

    @Test
    void markingReadKeepsTheFirstTimeAndReadAllMarksTheRest() {
        var editor = users.create(Role.EDITOR);
        var first = notify(editor, NotificationType.TASK_ASSIGNED, "One");
        notify(editor, NotificationType.TASK_ASSIGNED, "Two");
        notify(editor, NotificationType.TASK_ASSIGNED, "Three");

        var once = read(editor, first);
        var twice = read(editor, first);
        assertThat(once).hasStatusOk();
        assertThat(once).bodyJson().extractingPath("$.read").isEqualTo(true);
        assertThat(Json.<String>read(twice, "$.read_at")).isEqualTo(Json.<String>read(once, "$.read_at"));

        var all = mvc.post()
                .uri("/api/notifications/read-all")
                .header("Authorization", editor.bearer())
                .exchange();
        assertThat(all).hasStatusOk();
        assertThat(all).bodyJson().extractingPath("$.marked_read").isEqualTo(2);
        assertThat(all).bodyJson().extractingPath("$.unread_count").isEqualTo(0);
        var again = mvc.post()
                .uri("/api/notifications/read-all")
                .header("Authorization", editor.bearer())
                .exchange();
        assertThat(again).bodyJson().extractingPath("$.marked_read").isEqualTo(0);
    }

    @Test
    void preferencesListEveryKindAndTurningOneOffInTheAppSilencesIt() {
        var editor = users.create(Role.EDITOR);

        var defaults = list(editor, "/api/notifications/preferences");
        assertThat(defaults).hasStatusOk();
        assertThat(defaults)
                .bodyJson()
                .extractingPath("$.preferences[*].type")
                .asArray()
                .hasSize(NotificationType.values().length);
        assertThat(defaults)
                .bodyJson()
                .extractingPath("$.preferences[?(@.type == 'task_assigned')].email")
                .asArray()
                .containsExactly(true);
        assertThat(defaults)
                .bodyJson()
                .extractingPath("$.preferences[?(@.type == 'invoice_paid')].email")
                .asArray()
                .containsExactly((Object) null);
        assertThat(defaults)
                .bodyJson()
                .extractingPath("$.always_sent")
                .asArray()
                .containsExactly("invitation", "password_reset");

        var update = putPreferences(editor, "{\"preferences\":[{\"type\":\"task_assigned\",\"in_app\":false}]}");
        assertThat(update).hasStatusOk();
        assertThat(update)
                .bodyJson()
                .extractingPath("$.preferences[?(@.type == 'task_assigned')].in_app")
                .asArray()
                .containsExactly(false);
        assertThat(update)
                .bodyJson()
                .extractingPath("$.preferences[?(@.type == 'task_assigned')].email")
                .asArray()
                .containsExactly(true);

        var skipped = notifications.notify(editor.id(), NotificationType.TASK_ASSIGNED, "Muted", null, null);
        var delivered = notifications.notify(editor.id(), NotificationType.EXPENSE_APPROVED, "Still on", null, null);

        assertThat(skipped).isEmpty();
        assertThat(delivered).isPresent();
        assertThat(list(editor, "/api/notifications"))
                .bodyJson()
                .extractingPath("$.data[*].title")
                .asArray()
                .containsExactly("Still on");
        var audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'notification.preferences_updated'"
                        + " AND entity_id = ?")
                .param(editor.id().toString())
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void preferenceChangesAreValidated() {
        var editor = users.create(Role.EDITOR);

        var emailForInAppOnly = putPreferences(
                editor, "{\"preferences\":[{\"type\":\"invoice_paid\",\"in_app\":true,\"email\":true}]}");
        var twice = putPreferences(
                editor,
                "{\"preferences\":[{\"type\":\"task_assigned\",\"in_app\":true},"
                        + "{\"type\":\"task_assigned\",\"in_app\":false}]}");
        var unknownKind = putPreferences(editor, "{\"preferences\":[{\"type\":\"party\",\"in_app\":true}]}");
        var missingInApp = putPreferences(editor, "{\"preferences\":[{\"type\":\"task_assigned\"}]}");

        assertThat(emailForInAppOnly).hasStatus(400);
        assertThat(emailForInAppOnly)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("preferences[0].email");
        assertThat(twice).hasStatus(400);
        assertThat(twice).bodyJson().extractingPath("$.errors[0].field").isEqualTo("preferences[1].type");
        assertThat(unknownKind).hasStatus(400);
        assertThat(missingInApp).hasStatus(400);
    }

    @Test
    void aNotificationMustHaveAUsableTitleAndLink() {
        var editor = users.create(Role.EDITOR);

        assertThatThrownBy(() -> notifications.notify(editor.id(), NotificationType.TASK_ASSIGNED, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationLink.to("task", UUID.randomUUID(), "//evil.test/phish"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationLink.to("task", UUID.randomUUID(), "https://evil.test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationLink.to("Task Type", UUID.randomUUID(), "/tasks/1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamSequencesFollowTheOrderInWhichTransactionsCommit() throws Exception {
        var editor = users.create(Role.EDITOR);
        var firstWritten = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            // Written first, committed last.
            var slow = pool.submit(() -> transactions.execute(status -> {
                var id = notifications
                        .notify(editor.id(), NotificationType.TASK_ASSIGNED, "Written first", null, null)
                        .orElseThrow();
                firstWritten.countDown();
                await(release);
                return id;
            }));
            assertThat(firstWritten.await(10, TimeUnit.SECONDS)).isTrue();
            var fast = notifications
                    .notify(editor.id(), NotificationType.TASK_ASSIGNED, "Committed first", null, null)
                    .orElseThrow();
            release.countDown();
            var late = slow.get(10, TimeUnit.SECONDS);

            assertThat(sequence(late)).isGreaterThan(sequence(fast));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private long sequence(UUID id) {
        return jdbc.sql("SELECT seq FROM notifications WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private UUID notify(TestUser user, NotificationType type, String title) {
        return notifications.notify(user.id(), type, title, null, null).orElseThrow();
    }

    private MvcTestResult list(TestUser user, String uri) {
        return mvc.get().uri(uri).header("Authorization", user.bearer()).exchange();
    }

    private MvcTestResult read(TestUser user, UUID id) {
        return mvc.patch()
                .uri("/api/notifications/{id}/read", id)
                .header("Authorization", user.bearer())
                .exchange();
    }

    private MvcTestResult putPreferences(TestUser user, String body) {
        return mvc.put()
                .uri("/api/notifications/preferences")
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
