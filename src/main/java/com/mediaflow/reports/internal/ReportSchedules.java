package com.mediaflow.reports.internal;

import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.reports.ReportsProperties;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports that members schedule to be e-mailed. A member may schedule the reports they may see: a
 * financial report needs {@code can_view_financials}, a project report a project they can see. Each
 * member lists and deletes their own schedules; the owner sees and deletes everyone's.
 */
@Service
public class ReportSchedules {

    public static final SortFields SORT = SortFields.builder()
            .field("created_at", "created_at")
            .field("next_run_at", "next_run_at")
            .field("name", "name")
            .defaultSort(org.springframework.data.domain.Sort.by(
                    org.springframework.data.domain.Sort.Order.desc("created_at"),
                    org.springframework.data.domain.Sort.Order.asc("id")));

    private final ScheduleStore store;
    private final ProjectAccess projects;
    private final TeamDirectory team;
    private final ReportBranding studio;
    private final AuditLog audit;
    private final ReportsProperties properties;
    private final Clock clock;

    ReportSchedules(
            ScheduleStore store,
            ProjectAccess projects,
            TeamDirectory team,
            ReportBranding studio,
            AuditLog audit,
            ReportsProperties properties,
            Clock clock) {
        this.store = store;
        this.projects = projects;
        this.team = team;
        this.studio = studio;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public ScheduleView create(NewSchedule request, CurrentUser user) {
        if (request.kind() == ReportKind.FINANCIAL && !user.has(Permission.CAN_VIEW_FINANCIALS)) {
            throw ForbiddenException.because("Financial reports are scheduled by those who may view financials");
        }
        if (request.kind() == ReportKind.PROJECT) {
            if (request.projectId() == null) {
                throw InvalidInputException.field("project_id", "is required for a project report");
            }
            projects.requireVisible(user, request.projectId());
        } else if (request.projectId() != null) {
            throw InvalidInputException.field("project_id", "is only for a project report");
        }
        requireDays(request);
        var members = new LinkedHashSet<>(request.memberIds());
        var emails = new LinkedHashSet<String>();
        for (int i = 0; i < request.emails().size(); i++) {
            try {
                emails.add(
                        MailRecipient.address(request.emails().get(i)).address().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.field("emails[" + i + "]", "must be a single plain e-mail address");
            }
        }
        if (members.isEmpty() && emails.isEmpty()) {
            throw InvalidInputException.field("member_ids", "name at least one member or e-mail address");
        }
        if (members.size() + emails.size() > properties.maxRecipients()) {
            throw InvalidInputException.field("emails", "at most " + properties.maxRecipients() + " recipients in all");
        }
        var index = 0;
        for (var member : members) {
            if (team.findAccount(member).filter(account -> account.isActive()).isEmpty()) {
                throw InvalidInputException.field("member_ids[" + index + "]", "is not an active member");
            }
            index++;
        }
        if (store.count(user.id()) >= properties.maxSchedulesPerMember()) {
            throw InvalidInputException.because(
                    "A member may keep at most " + properties.maxSchedulesPerMember() + " scheduled reports");
        }
        var zone = studio.zone();
        var now = clock.instant();
        var row = new ScheduleStore.Row(
                UUID.randomUUID(),
                name(request),
                request.kind(),
                request.projectId(),
                request.frequency(),
                request.timeOfDay().withNano(0),
                request.dayOfWeek(),
                request.dayOfMonth(),
                request.format(),
                request.active(),
                user.id(),
                now,
                times(request.frequency(), request.timeOfDay(), request.dayOfWeek(), request.dayOfMonth(), zone)
                        .nextAfter(now),
                null,
                null,
                java.util.List.copyOf(members),
                java.util.List.copyOf(emails));
        store.insert(row);
        var view = view(row, zone);
        audit.record("report_schedule.created", "report_schedule", row.id(), null, view);
        return view;
    }

    @Transactional(readOnly = true)
    public PageResponse<ScheduleView> list(Paging paging, CurrentUser user) {
        var owner = user.isOwner() ? null : user.id();
        var sort = paging.sortBy(SORT);
        var zone = studio.zone();
        var rows = store.page(owner, sort, paging.limit(), paging.offset()).stream()
                .map(row -> view(row, zone))
                .toList();
        return PageResponse.of(
                new PageImpl<>(rows, PageRequest.of(paging.page() - 1, paging.limit()), store.count(owner)));
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        var row = store.find(id)
                .filter(found -> user.isOwner() || found.createdBy().equals(user.id()))
                .orElseThrow(() -> NotFoundException.of("Scheduled report", id));
        store.delete(id);
        audit.record("report_schedule.deleted", "report_schedule", id, view(row, studio.zone()), null);
    }

    static ScheduleTimes times(
            ScheduleFrequency frequency,
            java.time.LocalTime timeOfDay,
            @Nullable Weekday weekday,
            @Nullable Integer dayOfMonth,
            ZoneId zone) {
        return new ScheduleTimes(
                frequency, timeOfDay.withNano(0), weekday == null ? null : weekday.dayOfWeek(), dayOfMonth, zone);
    }

    static ScheduleView view(ScheduleStore.Row row, ZoneId zone) {
        return new ScheduleView(
                row.id(),
                row.name(),
                row.kind(),
                row.projectId(),
                row.frequency(),
                row.timeOfDay(),
                row.dayOfWeek(),
                row.dayOfMonth(),
                zone.getId(),
                row.format(),
                row.memberIds(),
                row.emails(),
                row.active(),
                row.nextRunAt(),
                row.lastRunAt(),
                row.lastError(),
                row.createdBy(),
                row.createdAt());
    }

    private static void requireDays(NewSchedule request) {
        switch (request.frequency()) {
            case DAILY -> {
                if (request.dayOfWeek() != null || request.dayOfMonth() != null) {
                    throw InvalidInputException.field(
                            "frequency", "a daily report takes no day_of_week or day_of_month");
                }
            }
            case WEEKLY -> {
                if (request.dayOfWeek() == null) {
                    throw InvalidInputException.field("day_of_week", "is required for a weekly report");
                }
                if (request.dayOfMonth() != null) {
                    throw InvalidInputException.field("day_of_month", "is only for a monthly report");
                }
            }
            case MONTHLY -> {
                if (request.dayOfMonth() == null) {
                    throw InvalidInputException.field("day_of_month", "is required for a monthly report");
                }
                if (request.dayOfWeek() != null) {
                    throw InvalidInputException.field("day_of_week", "is only for a weekly report");
                }
            }
        }
    }

    private static String name(NewSchedule request) {
        var name = request.name() == null ? "" : request.name().strip();
        if (!name.isEmpty()) {
            return name;
        }
        var frequency = request.frequency().value();
        return Character.toUpperCase(frequency.charAt(0)) + frequency.substring(1) + " "
                + request.kind().title().toLowerCase(Locale.ROOT);
    }
}
