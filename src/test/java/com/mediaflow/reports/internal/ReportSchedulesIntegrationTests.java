package com.mediaflow.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.Mailbox;
import com.mediaflow.support.MutableClock;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ReportSchedulesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ScheduledReportRunner runner;

    Api api;
    TestUsers.TestUser owner;
    ZoneId zone;
    /** Twelve hours from now on the studio's clock, so the application's own ticker leaves the test's schedules alone. */
    LocalTime later;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        owner = users.create(Role.OWNER);
        zone = ZoneId.of(jdbc.sql("SELECT timezone FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single());
        later = ZonedDateTime.now(zone)
                .plusHours(12)
                .toLocalTime()
                .withSecond(0)
                .withNano(0);
    }

    @Test
    void aScheduleIsCreatedListedByItsCreatorOnlyAndDeleted() {
        var editor = users.create(Role.EDITOR);
        var created = api.post(
                owner,
                "/api/reports/schedules",
                Api.body(
                        "kind", "financial",
                        "frequency", "weekly",
                        "day_of_week", "monday",
                        "time_of_day", "07:30",
                        "format", "xlsx",
                        "member_ids", List.of(editor.id().toString()),
                        "emails", List.of("Finance@Client.test")));

        assertThat(created).hasStatus(201);
        String id = Json.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/reports/schedules/" + id);
        assertThat(Json.<String>read(created, "$.name")).isEqualTo("Weekly financial report");
        assertThat(Json.<String>read(created, "$.timezone")).isEqualTo(zone.getId());
        assertThat(Json.<List<String>>read(created, "$.emails")).containsExactly("finance@client.test");
        var next = Instant.parse(Json.read(created, "$.next_run_at"));
        var local = next.atZone(zone);
        assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(next).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(8)));
        assertThat(Json.<Object>read(created, "$.last_run_at")).isNull();

        var mine = api.get(owner, "/api/reports/schedules?sort=-created_at&limit=100");
        assertThat(mine).hasStatusOk();
        assertThat(Json.<List<String>>read(mine, "$.data[*].id")).contains(id);
        var theirs = api.get(editor, "/api/reports/schedules");
        assertThat(Json.<List<String>>read(theirs, "$.data[*].id")).doesNotContain(id);
        assertThat(api.get(owner, "/api/reports/schedules?sort=colour")).hasStatus(400);

        assertThat(api.delete(editor, "/api/reports/schedules/" + id)).hasStatus(404);
        assertThat(api.delete(owner, "/api/reports/schedules/" + id)).hasStatus(204);
        assertThat(Json.<List<String>>read(api.get(owner, "/api/reports/schedules?limit=100"), "$.data[*].id"))
                .doesNotContain(id);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badSchedulesAreRefusedWithTheFieldToFix() {
        var valid = Api.body(
                "kind", "operational",
                "frequency", "monthly",
                "day_of_month", 31,
                "time_of_day", "08:00",
                "format", "pdf",
                "emails", List.of("ops@client.test"));

        assertThat(api.post(owner, "/api/reports/schedules", valid)).hasStatus(201);
        assertField(with(valid, "day_of_month", null), "day_of_month");
        assertField(with(valid, "day_of_month", 32), "day_of_month");
        assertField(with(valid, "frequency", "weekly"), "day_of_week");
        assertField(with(valid, "emails", List.of("not an address")), "emails[0]");
        assertField(with(valid, "emails", List.of()), "member_ids");
        assertField(with(valid, "member_ids", List.of(UUID.randomUUID().toString())), "member_ids[0]");
        assertField(with(valid, "format", "json"), "format");
        assertField(with(valid, "project_id", UUID.randomUUID().toString()), "project_id");
        var many = new ArrayList<String>();
        for (int i = 0; i < 21; i++) {
            many.add("person" + i + "@client.test");
        }
        assertField(with(valid, "emails", many), "emails");
        assertThat(api.post(owner, "/api/reports/schedules", with(valid, "frequency", "hourly")))
                .hasStatus(400);

        var editor = users.create(Role.EDITOR);
        assertThat(api.post(editor, "/api/reports/schedules", with(valid, "kind", "financial")))
                .hasStatus(403);
        var hidden = new ProjectFixtures(api, jdbc).project(owner);
        assertThat(api.post(
                        editor, "/api/reports/schedules", with(with(valid, "kind", "project"), "project_id", hidden)))
                .hasStatus(404);
    }

    @Test
    void aDueReportIsSentOnceWithItsAttachmentAndTheScheduleMovesOn() throws Exception {
        var address = "reports-" + UUID.randomUUID() + "@client.test";
        var created = api.post(
                owner,
                "/api/reports/schedules",
                Api.body(
                        "name", "Morning numbers",
                        "kind", "financial",
                        "frequency", "daily",
                        "time_of_day", later.toString(),
                        "format", "pdf",
                        "member_ids", List.of(owner.id().toString()),
                        "emails", List.of(address)));
        assertThat(created).hasStatus(201);
        String id = Json.read(created, "$.id");
        var due = Instant.parse(Json.read(created, "$.next_run_at"));
        var clock = new MutableClock(due.minusSeconds(60));

        runner.withClock(clock).runDue();
        assertThat(queued(address)).as("not yet due").isZero();
        clock.advance(Duration.ofSeconds(90));
        var first = runner.withClock(clock);
        var second = runner.withClock(clock);
        var start = new CountDownLatch(1);
        var a = CompletableFuture.supplyAsync(() -> await(start, first));
        var b = CompletableFuture.supplyAsync(() -> await(start, second));
        start.countDown();
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);
        assertThat(queued(address)).as("two instances at the same moment").isEqualTo(1);
        runner.withClock(clock).runDue();
        var day = due.atZone(zone).toLocalDate().minusDays(1);
        var mail = Mailbox.shared().await(address, m -> m.subject().contains("Morning numbers"));
        assertThat(mail.subject()).contains(String.valueOf(day.getDayOfMonth()), String.valueOf(day.getYear()));
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename())
                    .isEqualTo("financial-report-" + currency().toLowerCase() + "-" + day + "-" + day + ".pdf");
            assertThat(attachment.contentType()).isEqualTo("application/pdf");
            try (var pdf = Loader.loadPDF(attachment.content())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Financial report", "Revenue trend");
            }
        });
        Mailbox.shared().await(owner.email(), m -> m.subject().contains("Morning numbers"));
        assertThat(queued(address))
                .as("one e-mail per recipient and due time, after a second tick")
                .isEqualTo(1);

        var listed = api.get(owner, "/api/reports/schedules?limit=100");
        var nextRun = Instant.parse(Json.<List<String>>read(listed, "$.data[?(@.id == '" + id + "')].next_run_at")
                .get(0));
        assertThat(nextRun).isEqualTo(due.atZone(zone).plusDays(1).toInstant());
        assertThat(Json.<List<String>>read(listed, "$.data[?(@.id == '" + id + "')].last_run_at"))
                .containsExactly(clock.instant().toString());
    }

    @Test
    void aCreatorWhoLostTheRightToTheMoneyGetsNoReportAndIsToldWhy() {
        var manager = users.create(Role.MANAGER);
        var address = "lost-" + UUID.randomUUID() + "@client.test";
        var created = api.post(
                manager,
                "/api/reports/schedules",
                Api.body(
                        "kind", "financial",
                        "frequency", "monthly",
                        "day_of_month", 1,
                        "time_of_day", "06:00",
                        "format", "pdf",
                        "emails", List.of(address)));
        assertThat(created).hasStatus(201);
        String id = Json.read(created, "$.id");
        var due = Instant.parse(Json.read(created, "$.next_run_at"));
        jdbc.sql("UPDATE team_members SET role = 'EDITOR' WHERE id = :id")
                .param("id", manager.id())
                .update();

        runner.withClock(new MutableClock(due.plusSeconds(5))).runDue();

        var row = jdbc.sql("SELECT next_run_at, last_error FROM reports_schedules WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query((rs, n) ->
                        Map.of("next", rs.getTimestamp("next_run_at").toInstant(), "error", rs.getString("last_error")))
                .single();
        assertThat((String) row.get("error")).contains("may no longer view financials");
        var nextMonth = due.atZone(zone).toLocalDate().plusMonths(1).with(TemporalAdjusters.firstDayOfMonth());
        assertThat((Instant) row.get("next"))
                .isEqualTo(nextMonth.atTime(6, 0).atZone(zone).toInstant());
        assertThat(queued(address)).isZero();
    }

    private static int await(CountDownLatch start, ScheduledReportRunner runner) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return runner.runDue();
    }

    private long queued(String address) {
        return jdbc.sql("SELECT count(*) FROM notification_mail_outbox WHERE recipient = :address")
                .param("address", address)
                .query(Long.class)
                .single();
    }

    private String currency() {
        return jdbc.sql("SELECT default_currency FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single();
    }

    private void assertField(Map<String, Object> body, String field) {
        var result = api.post(owner, "/api/reports/schedules", body);
        assertThat(result).hasStatus(400);
        assertThat(Json.<List<String>>read(result, "$.errors[*].field")).contains(field);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var copy = new java.util.LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
