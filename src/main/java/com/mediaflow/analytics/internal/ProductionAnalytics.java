package com.mediaflow.analytics.internal;

import static com.mediaflow.analytics.internal.Figures.ACTIVE_STATUSES;
import static com.mediaflow.analytics.internal.Figures.inScope;
import static com.mediaflow.analytics.internal.Figures.percent;
import static com.mediaflow.analytics.internal.Figures.scoped;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.CompletionRates;
import com.mediaflow.analytics.Overview;
import com.mediaflow.analytics.ProjectPerformance;
import com.mediaflow.analytics.ProjectsOverview;
import com.mediaflow.analytics.TimelineAdherence;
import com.mediaflow.projects.ProjectScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of productions and tasks over the projects the caller can see. Days of timestamps
 * (when a project was first delivered, when a task was done) are days of the studio's time zone.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProductionAnalytics {

    private static final String DELIVERED_ON = "CAST(pr.delivered_at AT TIME ZONE :zone AS date)";
    private static final String DONE_ON = "CAST(t.completed_at AT TIME ZONE :zone AS date)";

    private final JdbcClient jdbc;
    private final Studio studio;

    ProductionAnalytics(JdbcClient jdbc, Studio studio) {
        this.jdbc = jdbc;
        this.studio = studio;
    }

    long activeProjects(ProjectScope scope) {
        return scoped(
                        jdbc.sql("SELECT COUNT(*) FROM projects pr WHERE pr.status IN " + ACTIVE_STATUSES + " AND "
                                + inScope("pr.id")),
                        scope)
                .query(Long.class)
                .single();
    }

    long overdueTasks(ProjectScope scope, LocalDate today) {
        return scoped(
                        jdbc.sql("SELECT COUNT(*) FROM tasks t WHERE t.status <> 'DONE' AND t.due_date < :today AND "
                                + inScope("t.project_id")),
                        scope)
                .param("today", today)
                .query(Long.class)
                .single();
    }

    public Overview.ProjectCounts overviewProjects(AnalyticsPeriod period, ProjectScope scope) {
        var o = overview(period, scope);
        return new Overview.ProjectCounts(o.total(), o.active(), o.onHold(), o.overdue(), o.delivered());
    }

    public Overview.TaskCounts overviewTasks(AnalyticsPeriod period, ProjectScope scope) {
        return query("""
                        SELECT COUNT(*) FILTER (WHERE t.status <> 'DONE') AS open,
                               COUNT(*) FILTER (WHERE t.status <> 'DONE' AND t.due_date < :today) AS overdue,
                               COUNT(*) FILTER (WHERE t.status = 'DONE' AND %s BETWEEN :from AND :to) AS completed
                        FROM tasks t WHERE %s
                        """.formatted(DONE_ON, inScope("t.project_id")), period, scope)
                .query(Overview.TaskCounts.class)
                .single();
    }

    public Overview.LoggedHours hours(AnalyticsPeriod period, ProjectScope scope) {
        var minutes = query("""
                        SELECT COALESCE(SUM(t.minutes), 0) AS logged,
                               COALESCE(SUM(t.minutes) FILTER (WHERE t.billable), 0) AS billable
                        FROM task_time_entries t
                        WHERE t.work_date BETWEEN :from AND :to AND %s
                        """.formatted(inScope("t.project_id")), period, scope)
                .query((rs, n) -> new long[] {rs.getLong("logged"), rs.getLong("billable")})
                .single();
        return new Overview.LoggedHours(Figures.hours(minutes[0]), Figures.hours(minutes[1]));
    }

    record Counts(long total, long active, long onHold, long overdue, long started, long delivered) {}

    private Counts overview(AnalyticsPeriod period, ProjectScope scope) {
        return query("""
                        SELECT COUNT(*) AS total,
                               COUNT(*) FILTER (WHERE pr.status IN %s) AS active,
                               COUNT(*) FILTER (WHERE pr.status = 'ON_HOLD') AS on_hold,
                               COUNT(*) FILTER (WHERE pr.deadline < :today
                                                  AND pr.status NOT IN ('DELIVERED', 'COMPLETED', 'CANCELLED')) AS overdue,
                               COUNT(*) FILTER (WHERE pr.start_date BETWEEN :from AND :to) AS started,
                               COUNT(*) FILTER (WHERE %s BETWEEN :from AND :to) AS delivered
                        FROM projects pr WHERE %s
                        """.formatted(ACTIVE_STATUSES, DELIVERED_ON, inScope("pr.id")), period, scope)
                .query(Counts.class)
                .single();
    }

    public ProjectsOverview projectsOverview(AnalyticsPeriod period, ProjectScope scope) {
        var counts = overview(period, scope);
        var byStatus = scoped(
                        jdbc.sql("SELECT lower(pr.status) AS key, COUNT(*) AS count FROM projects pr WHERE "
                                + inScope("pr.id") + " GROUP BY pr.status ORDER BY MIN(pr.status_rank)"),
                        scope)
                .query(ProjectsOverview.ProjectCount.class)
                .list();
        var byType = scoped(
                        jdbc.sql("SELECT lower(pr.type) AS key, COUNT(*) AS count FROM projects pr WHERE "
                                + inScope("pr.id") + " GROUP BY pr.type ORDER BY count DESC, key"),
                        scope)
                .query(ProjectsOverview.ProjectCount.class)
                .list();
        return new ProjectsOverview(
                period,
                counts.total(),
                counts.active(),
                counts.overdue(),
                counts.started(),
                counts.delivered(),
                byStatus,
                byType);
    }

    public CompletionRates completionRates(AnalyticsPeriod period, ProjectScope scope) {
        record Row(String type, long due, long finished) {}
        var byType = query("""
                        SELECT lower(pr.type) AS type, COUNT(*) AS due,
                               COUNT(*) FILTER (WHERE pr.status IN ('DELIVERED', 'COMPLETED')) AS finished
                        FROM projects pr
                        WHERE pr.deadline BETWEEN :from AND :to AND pr.status <> 'CANCELLED' AND %s
                        GROUP BY pr.type ORDER BY type
                        """.formatted(inScope("pr.id")), period, scope)
                .query(Row.class)
                .list();
        var due = byType.stream().mapToLong(Row::due).sum();
        var finished = byType.stream().mapToLong(Row::finished).sum();
        var tasks = query("""
                        SELECT COUNT(*) AS due, COUNT(*) FILTER (WHERE t.status = 'DONE') AS finished
                        FROM tasks t WHERE t.due_date BETWEEN :from AND :to AND %s
                        """.formatted(inScope("t.project_id")), period, scope)
                .query((rs, n) -> new long[] {rs.getLong("due"), rs.getLong("finished")})
                .single();
        return new CompletionRates(
                period,
                new CompletionRates.CompletionRate(due, finished, percent(finished, due)),
                new CompletionRates.CompletionRate(tasks[0], tasks[1], percent(tasks[1], tasks[0])),
                byType.stream()
                        .map(r -> new CompletionRates.TypeCompletionRate(
                                r.type(), r.due(), r.finished(), percent(r.finished(), r.due())))
                        .toList());
    }

    public TimelineAdherence timelineAdherence(AnalyticsPeriod period, ProjectScope scope) {
        var projects = adherence("""
                SELECT pr.deadline AS deadline, %s AS delivered_on FROM projects pr
                WHERE pr.delivered_at IS NOT NULL AND %s
                """.formatted(DELIVERED_ON, inScope("pr.id")), period, scope);
        var tasks = adherence("""
                SELECT t.due_date AS deadline, %s AS delivered_on FROM tasks t
                WHERE t.status = 'DONE' AND %s
                """.formatted(DONE_ON, inScope("t.project_id")), period, scope);
        return new TimelineAdherence(period, projects, tasks);
    }

    private TimelineAdherence.Adherence adherence(String deliveries, AnalyticsPeriod period, ProjectScope scope) {
        record Row(
                long delivered,
                long onTime,
                long late,
                long withoutDeadline,
                @Nullable BigDecimal averageDaysLate) {}
        var row =
                query("""
                        SELECT COUNT(*) FILTER (WHERE d.deadline IS NOT NULL) AS delivered,
                               COUNT(*) FILTER (WHERE d.delivered_on <= d.deadline) AS on_time,
                               COUNT(*) FILTER (WHERE d.delivered_on > d.deadline) AS late,
                               COUNT(*) FILTER (WHERE d.deadline IS NULL) AS without_deadline,
                               AVG(d.delivered_on - d.deadline) FILTER (WHERE d.delivered_on > d.deadline) AS average_days_late
                        FROM (%s) d WHERE d.delivered_on BETWEEN :from AND :to
                        """.formatted(deliveries), period, scope).query(Row.class).single();
        var averageLate =
                row.averageDaysLate() == null ? null : row.averageDaysLate().setScale(2, RoundingMode.HALF_UP);
        return new TimelineAdherence.Adherence(
                row.delivered(),
                row.onTime(),
                row.late(),
                row.withoutDeadline(),
                percent(row.onTime(), row.delivered()),
                averageLate);
    }

    record ProjectFacts(
            UUID id,
            String code,
            String name,
            String status,
            String currency,
            @Nullable BigDecimal budget,
            @Nullable LocalDate deadline,
            @Nullable LocalDate deliveredOn,
            long crew) {}

    ProjectFacts facts(UUID projectId) {
        return jdbc.sql("""
                        SELECT pr.id, pr.code, pr.name, lower(pr.status) AS status, pr.currency, pr.budget, pr.deadline,
                               %s AS delivered_on,
                               (SELECT COUNT(*) FROM project_team_members m WHERE m.project_id = pr.id) AS crew
                        FROM projects pr WHERE pr.id = :id
                        """.formatted(DELIVERED_ON))
                .param("zone", studio.zone().getId())
                .param("id", projectId)
                .query(ProjectFacts.class)
                .single();
    }

    ProjectPerformance.ProjectTasks projectTasks(UUID projectId) {
        var counts = jdbc.sql("""
                        SELECT COUNT(*) AS total, COUNT(*) FILTER (WHERE t.status <> 'DONE') AS open,
                               COUNT(*) FILTER (WHERE t.status = 'DONE') AS done,
                               COUNT(*) FILTER (WHERE t.status <> 'DONE' AND t.due_date < :today) AS overdue
                        FROM tasks t WHERE t.project_id = :id
                        """)
                .param("today", studio.today())
                .param("id", projectId)
                .query((rs, n) ->
                        new long[] {rs.getLong("total"), rs.getLong("open"), rs.getLong("done"), rs.getLong("overdue")})
                .single();
        return new ProjectPerformance.ProjectTasks(
                counts[0], counts[1], counts[2], counts[3], percent(counts[2], counts[0]));
    }

    private JdbcClient.StatementSpec query(String sql, AnalyticsPeriod period, ProjectScope scope) {
        var statement = jdbc.sql(sql);
        if (sql.contains(":from")) {
            statement = statement.param("from", period.startDate()).param("to", period.endDate());
        }
        if (sql.contains(":today")) {
            statement = statement.param("today", studio.today());
        }
        if (sql.contains(":zone")) {
            statement = statement.param("zone", studio.zone().getId());
        }
        return scoped(statement, scope);
    }
}
