package com.mediaflow.jobs.internal;

import com.mediaflow.jobs.JobRequest;
import com.mediaflow.jobs.JobStatus;
import com.mediaflow.jobs.JobView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code jobs} table. Every state change is a conditional update on the current status, so a
 * job the sweeper already failed cannot be marked succeeded by a late worker, and the other way round.
 */
@Repository
public class JobRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JobRecords(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A job as stored, with what only the module needs (its owner and result key). */
    public record StoredJob(UUID ownerId, String resultKey, JobView view) {}

    /** A finished job whose result is to be deleted. */
    record Expiring(UUID id, String resultKey) {}

    void insert(UUID id, JobRequest request, String resultKey, String instanceId, Duration resultTtl) {
        var now = clock.instant();
        jdbc.sql("""
                        INSERT INTO jobs (id, kind, owner_id, status, file_name, content_type, parameters, result_key,
                                          instance_id, heartbeat_at, created_at, expires_at)
                        VALUES (:id, :kind, :owner, 'QUEUED', :fileName, :contentType, CAST(:parameters AS jsonb),
                                :resultKey, :instance, :now, :now, :expires)
                        """)
                .param("id", id)
                .param("kind", request.kind())
                .param("owner", request.ownerMemberId())
                .param("fileName", request.fileName())
                .param("contentType", request.contentType())
                .param("parameters", json.writeValueAsString(request.parameters()))
                .param("resultKey", resultKey)
                .param("instance", instanceId)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(resultTtl)))
                .update();
    }

    public Optional<StoredJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM jobs WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    boolean markRunning(UUID id) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        UPDATE jobs SET status = 'RUNNING', started_at = :now, heartbeat_at = :now
                        WHERE id = :id AND status = 'QUEUED'
                        """).param("id", id).param("now", now).update() == 1;
    }

    void progress(UUID id, long done, @Nullable Long total, int percent) {
        jdbc.sql("""
                        UPDATE jobs SET rows_done = :done, rows_total = :total, percent = :percent, heartbeat_at = :now
                        WHERE id = :id AND status = 'RUNNING'
                        """)
                .param("id", id)
                .param("done", done)
                .param("total", total)
                .param("percent", percent)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    boolean markSucceeded(UUID id, long done, @Nullable Long total, long sizeBytes, Duration resultTtl) {
        var now = clock.instant();
        return jdbc.sql("""
                        UPDATE jobs SET status = 'SUCCEEDED', percent = 100, rows_done = :done,
                                        rows_total = COALESCE(:total, :done), size_bytes = :size,
                                        finished_at = :now, heartbeat_at = :now, expires_at = :expires
                        WHERE id = :id AND status = 'RUNNING'
                        """)
                        .param("id", id)
                        .param("done", done)
                        .param("total", total)
                        .param("size", sizeBytes)
                        .param("now", Timestamp.from(now))
                        .param("expires", Timestamp.from(now.plus(resultTtl)))
                        .update()
                == 1;
    }

    boolean markFailed(UUID id, String error, Duration resultTtl) {
        var now = clock.instant();
        return jdbc.sql("""
                        UPDATE jobs SET status = 'FAILED', error = :error, finished_at = :now, heartbeat_at = :now,
                                        expires_at = :expires
                        WHERE id = :id AND status IN ('QUEUED', 'RUNNING')
                        """)
                        .param("id", id)
                        .param("error", truncate(error))
                        .param("now", Timestamp.from(now))
                        .param("expires", Timestamp.from(now.plus(resultTtl)))
                        .update()
                == 1;
    }

    void heartbeat(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE jobs SET heartbeat_at = :now WHERE id IN (:ids) AND status IN ('QUEUED', 'RUNNING')")
                .param("ids", ids)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Fails the queued and running jobs whose instance has not confirmed them since {@code before}. */
    List<UUID> failAbandoned(Instant before, String error, Duration resultTtl) {
        var now = clock.instant();
        return jdbc.sql("""
                        UPDATE jobs SET status = 'FAILED', error = :error, finished_at = :now, expires_at = :expires
                        WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < :before
                        RETURNING id
                        """)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(resultTtl)))
                .param("before", Timestamp.from(before))
                .query(UUID.class)
                .list();
    }

    List<Expiring> expiredBy(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, result_key FROM jobs
                        WHERE status IN ('SUCCEEDED', 'FAILED') AND expires_at <= :now
                        ORDER BY expires_at LIMIT :limit
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Expiring(rs.getObject("id", UUID.class), rs.getString("result_key")))
                .list();
    }

    void markExpired(UUID id) {
        jdbc.sql("UPDATE jobs SET status = 'EXPIRED' WHERE id = :id AND status IN ('SUCCEEDED', 'FAILED')")
                .param("id", id)
                .update();
    }

    private StoredJob map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var status = JobStatus.valueOf(rs.getString("status"));
        var view = new JobView(
                id,
                rs.getString("kind"),
                status,
                rs.getInt("percent"),
                rs.getLong("rows_done"),
                nullableLong(rs, "rows_total"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                nullableLong(rs, "size_bytes"),
                json.readTree(rs.getString("parameters")),
                rs.getString("error"),
                instant(rs, "created_at"),
                instantOrNull(rs, "started_at"),
                instantOrNull(rs, "finished_at"),
                instantOrNull(rs, "expires_at"),
                status == JobStatus.SUCCEEDED ? "/api/jobs/" + id + "/download" : null);
        return new StoredJob(rs.getObject("owner_id", UUID.class), rs.getString("result_key"), view);
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        var value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 997) + "...";
    }
}
