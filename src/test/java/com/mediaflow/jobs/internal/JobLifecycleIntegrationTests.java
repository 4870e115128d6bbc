package com.mediaflow.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mediaflow.files.GeneratedFiles;
import com.mediaflow.jobs.BackgroundJobs;
import com.mediaflow.jobs.JobFailedException;
import com.mediaflow.jobs.JobRequest;
import com.mediaflow.jobs.JobsProperties;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.MutableClock;
import com.mediaflow.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class JobLifecycleIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    JobRecords records;

    @Autowired
    GeneratedFiles files;

    @Autowired
    JobRunner runner;

    @Autowired
    JobsProperties properties;

    Api api;
    TestUsers.TestUser editor;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        editor = users.create(Role.EDITOR);
    }

    @Test
    void aJobRunsReportsProgressIsDownloadedByItsOwnerOnlyAndExpires() throws Exception {
        var halfway = new CountDownLatch(1);
        var carryOn = new CountDownLatch(1);
        var ticket = jobs.submit(
                new JobRequest("test.lines", editor.id(), "lines.csv", "text/csv", Map.of("lines", 100)), context -> {
                    for (int i = 1; i <= 100; i++) {
                        context.output().write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                        context.progress(i, 100);
                        if (i == 50) {
                            halfway.countDown();
                            assertThat(carryOn.await(30, TimeUnit.SECONDS)).isTrue();
                        }
                    }
                });
        var status = "/api/jobs/" + ticket.jobId();
        assertThat(ticket.statusUrl()).isEqualTo(status);

        assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();
        var running = api.get(editor, status);
        assertThat(running).hasStatusOk();
        assertThat(Json.<String>read(running, "$.status")).isEqualTo("running");
        assertThat(Json.<Integer>read(running, "$.percent")).isBetween(1, 99);
        assertThat(Json.<Object>read(running, "$.download_url")).isNull();
        assertThat(api.get(editor, status + "/download")).hasStatus(409);

        carryOn.countDown();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        Json.<String>read(api.get(editor, status), "$.status").equals("succeeded"));
        var done = api.get(editor, status);
        assertThat(Json.<Integer>read(done, "$.percent")).isEqualTo(100);
        assertThat(Json.<Integer>read(done, "$.rows_done")).isEqualTo(100);
        assertThat(Json.<Integer>read(done, "$.rows_total")).isEqualTo(100);
        assertThat(Json.<Integer>read(done, "$.parameters.lines")).isEqualTo(100);
        assertThat(Json.<String>read(done, "$.download_url")).isEqualTo(status + "/download");
        assertThat(Json.<String>read(done, "$.started_at")).isNotNull();
        assertThat(Json.<String>read(done, "$.finished_at")).isNotNull();

        var download = api.get(editor, status + "/download");
        assertThat(download).hasStatusOk().hasContentType("text/csv");
        assertThat(download)
                .headers()
                .hasValue("Content-Disposition", "attachment; filename=\"lines.csv\"; filename*=UTF-8''lines.csv");
        var text = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("line 1\n").endsWith("line 100\n");
        assertThat(text.lines()).hasSize(100);

        var anotherEditor = users.create(Role.EDITOR);
        assertThat(api.get(anotherEditor, status)).hasStatus(404);
        assertThat(api.get(anotherEditor, status + "/download")).hasStatus(404);
        var manager = users.create(Role.MANAGER);
        assertThat(api.get(manager, status)).hasStatus(404);
        assertThat(api.get(users.create(Role.OWNER), status)).hasStatusOk();

        var key = records.find(ticket.jobId()).orElseThrow().resultKey();
        var clock = new MutableClock(Instant.now());
        var sweeper = new JobSweeper(records, files, properties, clock);
        sweeper.sweep();
        assertThat(Json.<String>read(api.get(editor, status), "$.status")).isEqualTo("succeeded");

        clock.advance(properties.resultTtl().plusMinutes(1));
        assertThat(sweeper.sweep().expired()).isGreaterThanOrEqualTo(1);

        var expired = api.get(editor, status);
        assertThat(Json.<String>read(expired, "$.status")).isEqualTo("expired");
        assertThat(Json.<Object>read(expired, "$.download_url")).isNull();
        var gone = api.get(editor, status + "/download");
        assertThat(gone).hasStatus(409);
        assertThat(Json.<String>read(gone, "$.status")).isEqualTo("expired");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.open(key))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aFailingJobShowsItsMessageButNeverItsInternals() {
        var told = jobs.submit(request(), context -> {
            throw new JobFailedException("No rows match the filters");
        });
        var crashed = jobs.submit(request(), context -> {
            throw new IllegalStateException("org.postgresql.util.PSQLException: secret internals");
        });

        await().atMost(Duration.ofSeconds(30))
                .until(() -> statusOf(told.jobId()).equals("failed")
                        && statusOf(crashed.jobId()).equals("failed"));
        assertThat(Json.<String>read(api.get(editor, "/api/jobs/" + told.jobId()), "$.error"))
                .isEqualTo("No rows match the filters");
        var error = Json.<String>read(api.get(editor, "/api/jobs/" + crashed.jobId()), "$.error");
        assertThat(error).isEqualTo(JobRunner.GENERIC_FAILURE).doesNotContain("PSQL");
    }

    @Test
    void aJobLeftRunningByAStoppedInstanceIsFailedByTheSweeper() {
        var orphan = UUID.randomUUID();
        var alive = UUID.randomUUID();
        var now = Instant.now();
        insertRunning(orphan, now.minus(properties.staleAfter()).minusSeconds(30));
        insertRunning(alive, now.minusSeconds(5));

        var swept = new JobSweeper(records, files, properties, new MutableClock(now)).sweep();

        assertThat(swept.abandoned()).isGreaterThanOrEqualTo(1);
        var failed = api.get(editor, "/api/jobs/" + orphan);
        assertThat(Json.<String>read(failed, "$.status")).isEqualTo("failed");
        assertThat(Json.<String>read(failed, "$.error")).isEqualTo(JobSweeper.ABANDONED);
        assertThat(statusOf(alive)).isEqualTo("running");
    }

    @Test
    void theInstanceRunningAJobKeepsItAlive() throws Exception {
        var release = new CountDownLatch(1);
        var ticket = jobs.submit(
                request(),
                context -> assertThat(release.await(30, TimeUnit.SECONDS)).isTrue());
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> statusOf(ticket.jobId()).equals("running"));
            jdbc.sql("UPDATE jobs SET heartbeat_at = :old WHERE id = :id")
                    .param("old", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                    .param("id", ticket.jobId())
                    .update();

            runner.heartbeat();
            new JobSweeper(records, files, properties, new MutableClock(Instant.now())).sweep();

            assertThat(statusOf(ticket.jobId())).isEqualTo("running");
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statusOf(ticket.jobId()).equals("succeeded"));
    }

    private JobRequest request() {
        return new JobRequest("test.job", editor.id(), "out.txt", "text/plain", Map.of());
    }

    private String statusOf(UUID id) {
        return Json.read(api.get(editor, "/api/jobs/" + id), "$.status");
    }

    private void insertRunning(UUID id, Instant heartbeat) {
        jdbc.sql("""
                        INSERT INTO jobs (id, kind, owner_id, status, file_name, content_type, result_key, instance_id,
                                          heartbeat_at, created_at, started_at)
                        VALUES (:id, 'test.job', :owner, 'RUNNING', 'out.txt', 'text/plain', :key, 'gone/1',
                                :heartbeat, :heartbeat, :heartbeat)
                        """)
                .param("id", id)
                .param("owner", editor.id())
                .param("key", files.newKey())
                .param("heartbeat", Timestamp.from(heartbeat))
                .update();
    }
}
