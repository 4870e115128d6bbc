package com.mediaflow.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reports_schedules} rows and their recipients, in plain SQL. */
@Repository
class ScheduleStore {

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A schedule as stored; the zone of its times is the studio's, not stored. */
    record Row(
            UUID id,
            String name,
            ReportKind kind,
            @Nullable UUID projectId,
            ScheduleFrequency frequency,
            LocalTime timeOfDay,
            @Nullable Weekday dayOfWeek,
            @Nullable Integer dayOfMonth,
            ReportFormat format,
            boolean active,
            UUID createdBy,
            Instant createdAt,
            Instant nextRunAt,
            @Nullable Instant lastRunAt,
            @Nullable String lastError,
            List<UUID> memberIds,
            List<String> emails) {}

    void insert(Row row) {
        jdbc.sql("""
                        INSERT INTO reports_schedules (id, name, kind, project_id, frequency, time_of_day, day_of_week,
                                                       day_of_month, format, active, created_by, created_at, next_run_at)
                        VALUES (:id, :name, :kind, :projectId, :frequency, :timeOfDay, :dayOfWeek,
                                :dayOfMonth, :format, :active, :createdBy, :createdAt, :nextRunAt)
                        """)
                .param("id", row.id())
                .param("name", row.name())
                .param("kind", row.kind().value())
                .param("projectId", row.projectId())
                .param("frequency", row.frequency().value())
                .param("timeOfDay", java.sql.Time.valueOf(row.timeOfDay()))
                .param(
                        "dayOfWeek",
                        row.dayOfWeek() == null
                                ? null
                                : (short) row.dayOfWeek().dayOfWeek().getValue())
                .param(
                        "dayOfMonth",
                        row.dayOfMonth() == null ? null : row.dayOfMonth().shortValue())
                .param("format", row.format().value())
                .param("active", row.active())
                .param("createdBy", row.createdBy())
                .param("createdAt", Timestamp.from(row.createdAt()))
                .param("nextRunAt", Timestamp.from(row.nextRunAt()))
                .update();
        var position = 0;
        for (var member : row.memberIds()) {
            recipient(row.id(), position++, member, null);
        }
        for (var email : row.emails()) {
            recipient(row.id(), position++, null, email);
        }
    }

    Optional<Row> find(UUID id) {
        return list("WHERE s.id = :id", Map.of("id", id), "s.id", 1, 0).stream().findFirst();
    }

    /** A page of schedules, all of them or those created by {@code createdBy}. */
    List<Row> page(@Nullable UUID createdBy, Sort sort, int limit, long offset) {
        var where = createdBy == null ? "" : "WHERE s.created_by = :createdBy";
        Map<String, Object> params = createdBy == null ? Map.of() : Map.of("createdBy", createdBy);
        return list(where, params, orderBy(sort), limit, offset);
    }

    long count(@Nullable UUID createdBy) {
        if (createdBy == null) {
            return jdbc.sql("SELECT count(*) FROM reports_schedules")
                    .query(Long.class)
                    .single();
        }
        return jdbc.sql("SELECT count(*) FROM reports_schedules WHERE created_by = :createdBy")
                .param("createdBy", createdBy)
                .query(Long.class)
                .single();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM reports_schedules WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Active schedules due at {@code now}, the longest overdue first. */
    List<Row> due(Instant now, int limit) {
        return list(
                "WHERE s.active AND s.next_run_at <= :now",
                Map.of("now", Timestamp.from(now)),
                "s.next_run_at, s.id",
                limit,
                0);
    }

    /**
     * Takes the run due at {@code due}: moves the schedule on to {@code next}. True for exactly one
     * caller per due time; a second instance (or tick) finds {@code next_run_at} already moved and
     * gets false. The row stays locked until the caller's transaction ends.
     */
    boolean claim(UUID id, Instant due, Instant next, Instant now) {
        return jdbc.sql("""
                        UPDATE reports_schedules
                           SET next_run_at = :next, last_run_at = :now, last_error = NULL
                         WHERE id = :id AND active AND next_run_at = :due
                        """)
                        .param("id", id)
                        .param("due", Timestamp.from(due))
                        .param("next", Timestamp.from(next))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Records why the run due at {@code due} sent nothing, and moves the schedule on. */
    void failed(UUID id, Instant due, Instant next, Instant now, String error) {
        jdbc.sql("""
                        UPDATE reports_schedules
                           SET next_run_at = :next, last_run_at = :now, last_error = :error
                         WHERE id = :id AND next_run_at = :due
                        """)
                .param("id", id)
                .param("due", Timestamp.from(due))
                .param("next", Timestamp.from(next))
                .param("now", Timestamp.from(now))
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .update();
    }

    private void recipient(UUID scheduleId, int position, @Nullable UUID memberId, @Nullable String email) {
        jdbc.sql("""
                        INSERT INTO reports_schedule_recipients (schedule_id, position, member_id, email)
                        VALUES (:scheduleId, :position, :memberId, :email)
                        """)
                .param("scheduleId", scheduleId)
                .param("position", (short) position)
                .param("memberId", memberId)
                .param("email", email)
                .update();
    }

    private List<Row> list(String where, Map<String, ?> params, String orderBy, int limit, long offset) {
        var rows = jdbc.sql("SELECT s.* FROM reports_schedules s " + where + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<UUID>> members = new HashMap<>();
        Map<UUID, List<String>> emails = new HashMap<>();
        jdbc.sql("""
                        SELECT schedule_id, member_id, email FROM reports_schedule_recipients
                         WHERE schedule_id IN (:ids) ORDER BY schedule_id, position
                        """).param("ids", rows.stream().map(Row::id).toList()).query(rs -> {
            var id = rs.getObject("schedule_id", UUID.class);
            var member = rs.getObject("member_id", UUID.class);
            if (member != null) {
                members.computeIfAbsent(id, key -> new ArrayList<>()).add(member);
            } else {
                emails.computeIfAbsent(id, key -> new ArrayList<>()).add(rs.getString("email"));
            }
        });
        return rows.stream()
                .map(row -> new Row(
                        row.id(),
                        row.name(),
                        row.kind(),
                        row.projectId(),
                        row.frequency(),
                        row.timeOfDay(),
                        row.dayOfWeek(),
                        row.dayOfMonth(),
                        row.format(),
                        row.active(),
                        row.createdBy(),
                        row.createdAt(),
                        row.nextRunAt(),
                        row.lastRunAt(),
                        row.lastError(),
                        List.copyOf(members.getOrDefault(row.id(), List.of())),
                        List.copyOf(emails.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    /** The whitelisted sort, already mapped to column names by {@code SortFields}. */
    private static String orderBy(Sort sort) {
        var parts = new ArrayList<String>();
        for (var order : sort) {
            parts.add("s." + order.getProperty() + (order.isAscending() ? " ASC" : " DESC"));
        }
        return parts.isEmpty() ? "s.created_at DESC, s.id" : String.join(", ", parts);
    }

    private static Row row(ResultSet rs) throws SQLException {
        var dayOfWeek = rs.getObject("day_of_week", Integer.class);
        var lastRun = rs.getTimestamp("last_run_at");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                ReportKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                rs.getObject("project_id", UUID.class),
                ScheduleFrequency.valueOf(rs.getString("frequency").toUpperCase(java.util.Locale.ROOT)),
                rs.getObject("time_of_day", LocalTime.class),
                dayOfWeek == null ? null : Weekday.of(java.time.DayOfWeek.of(dayOfWeek)),
                rs.getObject("day_of_month", Integer.class),
                ReportFormat.valueOf(rs.getString("format").toUpperCase(java.util.Locale.ROOT)),
                rs.getBoolean("active"),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_run_at").toInstant(),
                lastRun == null ? null : lastRun.toInstant(),
                rs.getString("last_error"),
                List.of(),
                List.of());
    }
}
