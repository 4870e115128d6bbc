package com.mediaflow.analytics.internal;

import static com.mediaflow.analytics.internal.Figures.hours;
import static com.mediaflow.analytics.internal.Figures.percent;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.MemberPerformance;
import com.mediaflow.analytics.TeamProductivity;
import com.mediaflow.analytics.TeamUtilization;
import com.mediaflow.shared.web.NotFoundException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of the team. Utilization = billable hours ÷ available hours; available hours of an
 * active member = working days (Monday to Friday) of the period × {@code hours_per_day}. Members
 * who are not active have no available hours. Hours are logged minutes on days of the period.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class TeamAnalytics {

    private static final String TIME = """
            SELECT t.member_id, SUM(t.minutes) AS logged, SUM(t.minutes) FILTER (WHERE t.billable) AS billable
            FROM task_time_entries t WHERE t.work_date BETWEEN :from AND :to GROUP BY t.member_id
            """;

    private static final String DONE = """
            SELECT t.assignee_id AS member_id, COUNT(*) AS completed,
                   COUNT(*) FILTER (WHERE d.done_on <= t.due_date) AS on_time,
                   COUNT(*) FILTER (WHERE t.due_date IS NOT NULL) AS with_due_date
            FROM tasks t CROSS JOIN LATERAL (SELECT CAST(t.completed_at AT TIME ZONE :zone AS date) AS done_on) d
            WHERE t.status = 'DONE' AND t.assignee_id IS NOT NULL AND d.done_on BETWEEN :from AND :to
            GROUP BY t.assignee_id
            """;

    private final JdbcClient jdbc;
    private final Studio studio;
    private final AnalyticsProperties properties;

    TeamAnalytics(JdbcClient jdbc, Studio studio, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.studio = studio;
        this.properties = properties;
    }

    public TeamUtilization utilization(AnalyticsPeriod period) {
        record Row(UUID memberId, String fullName, long logged, long billable) {}
        var rows = jdbc.sql("""
                        WITH time AS (%s)
                        SELECT m.id AS member_id, m.full_name, COALESCE(time.logged, 0) AS logged,
                               COALESCE(time.billable, 0) AS billable
                        FROM team_members m LEFT JOIN time ON time.member_id = m.id
                        WHERE m.status = 'ACTIVE'
                        ORDER BY m.full_name, m.id
                        """.formatted(TIME))
                .param("from", period.startDate())
                .param("to", period.endDate())
                .query(Row.class)
                .list();
        var workingDays = workingDays(period);
        var available = available(workingDays);
        List<TeamUtilization.MemberUtilization> members = new ArrayList<>();
        long logged = 0;
        long billable = 0;
        for (var row : rows) {
            logged += row.logged();
            billable += row.billable();
            members.add(new TeamUtilization.MemberUtilization(
                    row.memberId(),
                    row.fullName(),
                    available,
                    hours(row.logged()),
                    hours(row.billable()),
                    utilization(row.billable(), available)));
        }
        var totalAvailable = available.multiply(BigDecimal.valueOf(rows.size()));
        return new TeamUtilization(
                period,
                workingDays,
                properties.hoursPerDay(),
                totalAvailable,
                hours(logged),
                hours(billable),
                utilization(billable, totalAvailable),
                members);
    }

    public TeamProductivity productivity(AnalyticsPeriod period) {
        record Row(
                UUID memberId,
                String fullName,
                long logged,
                long billable,
                long completed,
                long onTime,
                long withDueDate) {}
        var rows = jdbc.sql("""
                        WITH time AS (%s), done AS (%s)
                        SELECT m.id AS member_id, m.full_name, COALESCE(time.logged, 0) AS logged,
                               COALESCE(time.billable, 0) AS billable, COALESCE(done.completed, 0) AS completed,
                               COALESCE(done.on_time, 0) AS on_time, COALESCE(done.with_due_date, 0) AS with_due_date
                        FROM team_members m
                        LEFT JOIN time ON time.member_id = m.id
                        LEFT JOIN done ON done.member_id = m.id
                        WHERE m.status = 'ACTIVE' OR time.member_id IS NOT NULL OR done.member_id IS NOT NULL
                        ORDER BY m.full_name, m.id
                        """.formatted(TIME, DONE))
                .param("from", period.startDate())
                .param("to", period.endDate())
                .param("zone", studio.zone().getId())
                .query(Row.class)
                .list();
        return new TeamProductivity(
                period,
                rows.stream()
                        .map(r -> new TeamProductivity.MemberProductivity(
                                r.memberId(),
                                r.fullName(),
                                hours(r.logged()),
                                hours(r.billable()),
                                r.completed(),
                                r.onTime(),
                                percent(r.onTime(), r.withDueDate())))
                        .toList());
    }

    public MemberPerformance member(UUID memberId, AnalyticsPeriod period) {
        record Member(String fullName, String status) {}
        var member = jdbc.sql("SELECT full_name, status FROM team_members WHERE id = :id")
                .param("id", memberId)
                .query(Member.class)
                .optional()
                .orElseThrow(() -> NotFoundException.of("Member", memberId));
        record Row(long logged, long billable, long completed, long onTime, long open, long overdue) {}
        var row = jdbc.sql("""
                        WITH time AS (%s), done AS (%s)
                        SELECT COALESCE((SELECT logged FROM time WHERE member_id = :id), 0) AS logged,
                               COALESCE((SELECT billable FROM time WHERE member_id = :id), 0) AS billable,
                               COALESCE((SELECT completed FROM done WHERE member_id = :id), 0) AS completed,
                               COALESCE((SELECT on_time FROM done WHERE member_id = :id), 0) AS on_time,
                               (SELECT COUNT(*) FROM tasks t WHERE t.assignee_id = :id AND t.status <> 'DONE') AS open,
                               (SELECT COUNT(*) FROM tasks t WHERE t.assignee_id = :id AND t.status <> 'DONE'
                                                              AND t.due_date < :today) AS overdue
                        """.formatted(TIME.replace("GROUP BY", "AND t.member_id = :id GROUP BY"), DONE))
                .param("id", memberId)
                .param("from", period.startDate())
                .param("to", period.endDate())
                .param("zone", studio.zone().getId())
                .param("today", studio.today())
                .query(Row.class)
                .single();
        var projects = jdbc.sql("""
                        SELECT pr.id AS project_id, pr.code, pr.name, SUM(t.minutes) AS minutes
                        FROM task_time_entries t JOIN projects pr ON pr.id = t.project_id
                        WHERE t.member_id = :id AND t.work_date BETWEEN :from AND :to
                        GROUP BY pr.id, pr.code, pr.name ORDER BY minutes DESC, pr.code
                        """)
                .param("id", memberId)
                .param("from", period.startDate())
                .param("to", period.endDate())
                .query((rs, n) -> new MemberPerformance.ProjectHours(
                        rs.getObject("project_id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        hours(rs.getLong("minutes"))))
                .list();
        var available = "ACTIVE".equals(member.status()) ? available(workingDays(period)) : BigDecimal.ZERO.setScale(2);
        return new MemberPerformance(
                memberId,
                member.fullName(),
                period,
                available,
                hours(row.logged()),
                hours(row.billable()),
                utilization(row.billable(), available),
                row.completed(),
                row.onTime(),
                row.open(),
                row.overdue(),
                projects);
    }

    private BigDecimal available(int workingDays) {
        return properties
                .hoursPerDay()
                .multiply(BigDecimal.valueOf(workingDays))
                .setScale(2);
    }

    /** Billable minutes against available hours, so rounding the hours does not shift the rate. */
    private static @org.jspecify.annotations.Nullable BigDecimal utilization(
            long billableMinutes, BigDecimal availableHours) {
        return percent(BigDecimal.valueOf(billableMinutes), availableHours.multiply(BigDecimal.valueOf(60)));
    }

    static int workingDays(AnalyticsPeriod period) {
        int days = 0;
        for (var day = period.startDate(); !day.isAfter(period.endDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
