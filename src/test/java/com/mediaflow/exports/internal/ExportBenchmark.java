package com.mediaflow.exports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestUsers;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast a million time entries export, through the real code path (the catalogue, the member's
 * visibility, a database cursor, the CSV and XLSX writers), and how much heap that takes. The rows
 * are generated in the embedded PostgreSQL with {@code generate_series}. Prints rows per second
 * (median of the runs) and the peak heap used, sampled every 5 ms during each run. Not part of the
 * build (the name does not end in Tests); run it with a small heap to show that memory stays flat:
 *
 * <pre>
 * ./mvnw test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m
 * </pre>
 *
 * {@code -Dbench.rows=} and {@code -Dbench.runs=} change the size (default 1,000,000) and the runs per
 * format (default 3).
 */
@IntegrationTest
class ExportBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ReportRunner runner;

    @Test
    void exportAMillionTimeEntries() throws Exception {
        var rows = Long.getLong("bench.rows", 1_000_000);
        var runs = Integer.getInteger("bench.runs", 3);
        var project = generate(rows);
        var owner = new CurrentUser(UUID.randomUUID(), "owner@bench.test", "Owner", Role.OWNER, "bench");
        var definition = new ReportDefinition(
                "time_entries",
                null,
                List.of(new ReportDefinition.Filter("project_id", "eq", project.toString())),
                null,
                null,
                null);
        var prepared = runner.prepare(ReportQuery.check(definition, catalogue), owner);
        assertThat(prepared.rows()).isEqualTo(rows);

        for (var format : TableFormat.values()) {
            run(prepared, format, Math.min(rows, 50_000)); // warm-up, not counted
            var rates = new double[runs];
            long peak = 0;
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                var result = run(prepared, format, rows);
                rates[i] = result.rowsPerSecond();
                peak = Math.max(peak, result.peakHeap());
                bytes = result.bytes();
            }
            Arrays.sort(rates);
            System.out.printf(
                    "Export of %,d time entries as %s: median %,.0f rows/s over %d runs (%s), peak heap used %d MB"
                            + " (max heap %d MB), %,d bytes%n",
                    rows,
                    format.value(),
                    rates[runs / 2],
                    runs,
                    Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()),
                    peak / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    bytes);
        }
    }

    private record Result(double rowsPerSecond, long peakHeap, long bytes) {}

    private Result run(ReportRunner.Prepared prepared, TableFormat format, long expected) throws Exception {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        var peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        var sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampling.setDaemon(true);
        sampling.start();
        var out = new CountingStream();
        var written = new AtomicLong();
        var start = System.nanoTime();
        try {
            runner.write(prepared, format, false, out, (done, total) -> written.set(done));
        } finally {
            sampling.interrupt();
            sampling.join();
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        if (expected == prepared.rows()) {
            assertThat(written.get()).isEqualTo(expected);
        }
        return new Result(written.get() / seconds, peak.get(), out.count);
    }

    /** A project with one task and {@code rows} time entries of one member; the project's id. */
    private UUID generate(long rows) {
        var member = users.insertMember(Role.EDITOR, "bench-" + UUID.randomUUID() + "@studio.test", "Bench Editor");
        var client = UUID.randomUUID();
        var project = UUID.randomUUID();
        var task = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO contacts (id, type, display_name, created_by, created_at, updated_at)
                        VALUES (:id, 'COMPANY', 'Benchmark client', :member, :now, :now)
                        """).params(Map.of("id", client, "member", member, "now", now)).update();
        jdbc.sql("""
                        INSERT INTO projects (id, code, name, client_id, type, status, currency, created_at, updated_at)
                        VALUES (:id, :code, 'Benchmark', :client, 'COMMERCIAL', 'PRODUCTION', 'EUR', :now, :now)
                        """)
                .params(Map.of(
                        "id", project,
                        "code", "B" + project.toString().substring(0, 8).toUpperCase(),
                        "client", client,
                        "now", now))
                .update();
        jdbc.sql("""
                        INSERT INTO tasks (id, project_id, title, status, priority, created_at, updated_at)
                        VALUES (:id, :project, 'Edit', 'IN_PROGRESS', 'MEDIUM', :now, :now)
                        """).params(Map.of("id", task, "project", project, "now", now)).update();
        var start = System.nanoTime();
        jdbc.sql("""
                        INSERT INTO task_time_entries (id, task_id, project_id, member_id, work_date, minutes, note,
                                                       billable, hourly_cost, billable_rate, rate_currency,
                                                       created_by, created_at, updated_at)
                        SELECT gen_random_uuid(), :task, :project, :member, DATE '2025-01-01' + CAST(i % 365 AS int),
                               CAST(1 + i % 480 AS int), CASE WHEN i % 10 = 0 THEN '=SUM(A1:A2)' ELSE 'Cut ' || i END,
                               i % 2 = 0, 42.50, 95.00, 'EUR', :member, :now, :now
                        FROM generate_series(1, :rows) AS i
                        """)
                .params(Map.of("task", task, "project", project, "member", member, "now", now, "rows", rows))
                .update();
        jdbc.sql("ANALYZE task_time_entries").update();
        System.out.printf("Generated %,d time entries in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        return project;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
