package com.mediaflow.tasks.internal;

import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.tasks.TimeLogged;
import com.mediaflow.team.MemberRates;
import com.mediaflow.team.MemberStatus;
import com.mediaflow.team.TeamDirectory;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time logged on tasks. Everyone who can see a project may log their own time on its tasks and
 * correct or delete their own entries; those who manage the team (owners and managers) may log,
 * correct and delete anyone's.
 */
@Service
public class TimeSheets {

    static final SortFields SORT = SortFields.builder()
            .field("date", "date")
            .field("minutes", "minutes")
            .field("created_at", "createdAt")
            .defaultSort(Sort.by(Sort.Order.desc("date"), Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final TaskService taskService;
    private final TimeEntryRepository entries;
    private final ProjectAccess access;
    private final TeamDirectory team;
    private final OrganizationDirectory organization;
    private final StudioCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeSheets(
            TaskService taskService,
            TimeEntryRepository entries,
            ProjectAccess access,
            TeamDirectory team,
            OrganizationDirectory organization,
            StudioCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.taskService = taskService;
        this.entries = entries;
        this.access = access;
        this.team = team;
        this.organization = organization;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<TimeEntryView> list(UUID taskId, TimeEntryFilter filter, Paging paging, CurrentUser viewer) {
        var task = taskService.findVisible(taskId, viewer);
        if (filter.dateFrom() != null
                && filter.dateTo() != null
                && filter.dateTo().isBefore(filter.dateFrom())) {
            throw InvalidInputException.field("date_to", "must be on or after date_from");
        }
        var financials = access.canSeeFinancials(viewer, task.projectId());
        var page = entries.findAll(matching(taskId, filter), paging.pageable(SORT));
        return PageResponse.of(page, entry -> TimeEntryView.of(entry, financials || entry.isLoggedBy(viewer.id())));
    }

    /**
     * Logs time on a task for {@code memberId} (the actor when {@code null}), copying the member's
     * current rates onto the entry.
     */
    @Transactional
    public TimeEntryView log(UUID taskId, @Nullable UUID memberId, WorkLog work, CurrentUser actor) {
        var task = taskService.findVisible(taskId, actor);
        var member = memberId == null ? actor.id() : memberId;
        requireMayKeepTimeOf(member, actor);
        var account = team.findAccount(member)
                .filter(found -> found.status() == MemberStatus.ACTIVE)
                .orElseThrow(() -> InvalidInputException.field("user_id", "must be an active member of the studio"));
        requirePlausible(account.id(), work, null);
        var rates = team.findRates(member).orElse(new MemberRates(null, null));
        var snapshot = new RateSnapshot(
                rates.hourlyCost(), rates.billableRate(), organization.current().defaultCurrency());
        var entry = entries.saveAndFlush(new TimeEntry(task, member, work, snapshot, actor.id(), clock.instant()));
        var view = TimeEntryView.of(entry, true);
        audit.record("time_entry.created", "time_entry", entry.id(), null, view);
        events.publishEvent(new TimeLogged(entry.id(), entry.projectId(), entry.memberId()));
        return view;
    }

    @Transactional
    public TimeEntryView correct(UUID entryId, WorkLog work, long version, CurrentUser actor) {
        var entry = findVisible(entryId, actor);
        requireMayKeepTimeOf(entry.memberId(), actor);
        if (entry.version() != version) {
            throw ConflictException.staleVersion("Time entry", version, entry.version());
        }
        requirePlausible(entry.memberId(), work, entry.id());
        var before = TimeEntryView.of(entry, true);
        entry.correct(work, clock.instant());
        entries.flush();
        var after = TimeEntryView.of(entry, true);
        audit.record("time_entry.updated", "time_entry", entryId, before, after);
        events.publishEvent(new TimeLogged(entryId, entry.projectId(), entry.memberId()));
        return TimeEntryView.of(entry, true);
    }

    @Transactional
    public void delete(UUID entryId, CurrentUser actor) {
        var entry = findVisible(entryId, actor);
        requireMayKeepTimeOf(entry.memberId(), actor);
        var before = TimeEntryView.of(entry, true);
        entries.delete(entry);
        entries.flush();
        audit.record("time_entry.deleted", "time_entry", entryId, before, null);
        events.publishEvent(new TimeLogged(entryId, entry.projectId(), entry.memberId()));
    }

    private TimeEntry findVisible(UUID entryId, CurrentUser viewer) {
        var entry = entries.findById(entryId).orElseThrow(() -> NotFoundException.of("Time entry", entryId));
        if (!access.canSee(viewer, entry.projectId())) {
            throw NotFoundException.of("Time entry", entryId);
        }
        return entry;
    }

    private static void requireMayKeepTimeOf(UUID member, CurrentUser actor) {
        if (!member.equals(actor.id()) && !actor.has(Permission.CAN_MANAGE_TEAM)) {
            throw ForbiddenException.because("You can log and change only your own time");
        }
    }

    /** Not in the future, and no more than a day's minutes for one member on one day. */
    private void requirePlausible(UUID member, WorkLog work, @Nullable UUID except) {
        if (work.date().isAfter(calendar.today())) {
            throw InvalidInputException.field("date", "cannot be in the future");
        }
        var already = entries.minutesOn(member, work.date(), except == null ? new UUID(0, 0) : except);
        if (already + work.minutes() > MINUTES_PER_DAY) {
            throw InvalidInputException.field(
                    "minutes",
                    "would make " + (already + work.minutes()) + " minutes on " + work.date()
                            + " for this member, more than the 1440 a day has (" + already + " already logged)");
        }
    }

    private static Specification<TimeEntry> matching(UUID taskId, TimeEntryFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("taskId"), taskId));
            if (filter.userId() != null) {
                predicates.add(cb.equal(root.get("memberId"), filter.userId()));
            }
            if (filter.dateFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("date"), filter.dateFrom()));
            }
            if (filter.dateTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("date"), filter.dateTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
