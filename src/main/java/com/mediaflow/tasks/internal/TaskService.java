package com.mediaflow.tasks.internal;

import com.mediaflow.files.FileAttachments;
import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.projects.ProjectDirectory;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.tasks.TaskAssigned;
import com.mediaflow.tasks.TaskChanged;
import com.mediaflow.tasks.TaskStatus;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, listing, editing and deleting tasks, within the projects the member can see. */
@Service
public class TaskService {

    static final SortFields SORT = SortFields.builder()
            .field("title", "title")
            .field("status", "statusRank")
            .field("priority", "priorityRank")
            .field("start_date", "startDate")
            .field("due_date", "dueDate")
            .field("created_at", "createdAt")
            .field("updated_at", "updatedAt")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final TaskRepository tasks;
    private final TimeEntryRepository timeEntries;
    private final ProjectAccess access;
    private final ProjectDirectory projects;
    private final StudioCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final FileAttachments files;
    private final Clock clock;

    TaskService(
            TaskRepository tasks,
            TimeEntryRepository timeEntries,
            ProjectAccess access,
            ProjectDirectory projects,
            StudioCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            FileAttachments files,
            Clock clock) {
        this.tasks = tasks;
        this.timeEntries = timeEntries;
        this.access = access;
        this.projects = projects;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<TaskView> list(TaskFilter filter, Paging paging, CurrentUser viewer) {
        return list(filter, access.visibleTo(viewer), paging);
    }

    @Transactional(readOnly = true)
    public PageResponse<TaskView> listOfProject(
            UUID projectId, ProjectTaskFilter filter, Paging paging, CurrentUser viewer) {
        access.requireVisible(viewer, projectId);
        return list(filter.forProject(projectId), ProjectScope.everything(), paging);
    }

    private PageResponse<TaskView> list(TaskFilter filter, ProjectScope visible, Paging paging) {
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueTo().isBefore(filter.dueFrom())) {
            throw InvalidInputException.field("due_to", "must be on or after due_from");
        }
        var pageable = paging.pageable(SORT);
        if (visible.isEmpty()) {
            return PageResponse.of(Page.<TaskView>empty(pageable));
        }
        var today = calendar.today();
        var page = tasks.findAll(matching(filter, visible, today), pageable);
        return PageResponse.of(page, task -> TaskView.of(task, today));
    }

    @Transactional(readOnly = true)
    public TaskView get(UUID id, CurrentUser viewer) {
        return TaskView.of(findVisible(id, viewer), calendar.today());
    }

    @Transactional
    public TaskView create(UUID projectId, TaskDetails details, CurrentUser actor) {
        if (!access.canSee(actor, projectId)) {
            throw InvalidInputException.field("project_id", "must be an existing project");
        }
        var checked = checked(projectId, details, null);
        var task = tasks.saveAndFlush(Task.open(projectId, checked, actor.id(), clock.instant()));
        var view = TaskView.of(task, calendar.today());
        audit.record("task.created", "task", task.id(), null, view);
        events.publishEvent(new TaskChanged(task.id(), projectId));
        if (task.assigneeId() != null) {
            events.publishEvent(new TaskAssigned(task.id(), projectId, task.assigneeId(), task.title(), actor.id()));
        }
        return view;
    }

    @Transactional
    public TaskView update(UUID id, TaskDetails details, long version, CurrentUser actor) {
        var task = findVisible(id, actor);
        if (task.version() != version) {
            throw ConflictException.staleVersion("Task", version, task.version());
        }
        var today = calendar.today();
        var before = TaskView.of(task, today);
        var checked = checked(task.projectId(), details, task.assigneeId());
        var previousAssignee = task.assigneeId();
        task.revise(checked, clock.instant());
        tasks.flush();
        var after = TaskView.of(task, today);
        audit.record("task.updated", "task", id, before, after);
        events.publishEvent(new TaskChanged(id, task.projectId()));
        if (task.assigneeId() != null && !Objects.equals(previousAssignee, task.assigneeId())) {
            events.publishEvent(new TaskAssigned(id, task.projectId(), task.assigneeId(), task.title(), actor.id()));
        }
        return after;
    }

    /** Deletes a task on which no time was logged; its dependency links and its files go with it. */
    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var task = findVisible(id, actor);
        var logged = timeEntries.countByTaskId(id);
        if (logged > 0) {
            throw ConflictException.because(
                    "The task has " + logged + " time entries, which count towards the project's cost; "
                            + "delete them first or mark the task done",
                    Map.of("time_entries", logged));
        }
        var before = TaskView.of(task, calendar.today());
        files.deleteAllOf("task", id);
        tasks.delete(task);
        tasks.flush();
        audit.record("task.deleted", "task", id, before, null);
        events.publishEvent(new TaskChanged(id, task.projectId()));
    }

    /** Takes a member off the open tasks of a project they left; done tasks keep their history. */
    @Transactional
    public void unassignOpenTasks(UUID projectId, UUID memberId) {
        var today = calendar.today();
        for (var task : tasks.findByProjectIdAndAssigneeIdAndStatusNot(projectId, memberId, TaskStatus.DONE)) {
            var before = TaskView.of(task, today);
            task.unassign(clock.instant());
            tasks.flush();
            audit.record("task.unassigned", "task", task.id(), before, TaskView.of(task, today));
        }
    }

    /** The task, when its project is visible to the viewer; 404 for both a missing and a hidden task. */
    Task findVisible(UUID id, CurrentUser viewer) {
        var task = tasks.findById(id).orElseThrow(() -> NotFoundException.of("Task", id));
        if (!access.canSee(viewer, task.projectId())) {
            throw NotFoundException.of("Task", id);
        }
        return task;
    }

    /**
     * The assignee must be on the project's crew when they are given the task; a done task keeps the
     * assignee it had even after they left the crew, so an unchanged assignee is not checked again.
     */
    private TaskDetails checked(UUID projectId, TaskDetails details, @Nullable UUID currentAssignee) {
        if (details.assigneeId() != null
                && !details.assigneeId().equals(currentAssignee)
                && !projects.isOnTeam(projectId, details.assigneeId())) {
            throw InvalidInputException.field("assignee_id", "must be a member of the project's team");
        }
        if (details.startDate() != null
                && details.dueDate() != null
                && details.dueDate().isBefore(details.startDate())) {
            throw InvalidInputException.field("due_date", "must be on or after start_date");
        }
        return new TaskDetails(
                details.title().strip(),
                details.description(),
                details.assigneeId(),
                details.priority(),
                details.startDate(),
                details.dueDate(),
                details.estimateMinutes());
    }

    private static Specification<Task> matching(TaskFilter filter, ProjectScope visible, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!visible.unrestricted()) {
                predicates.add(root.get("projectId").in(visible.projectIds()));
            }
            if (filter.projectId() != null) {
                predicates.add(cb.equal(root.get("projectId"), filter.projectId()));
            }
            if (filter.assigneeId() != null) {
                predicates.add(cb.equal(root.get("assigneeId"), filter.assigneeId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.priority() != null) {
                predicates.add(cb.equal(root.get("priority"), filter.priority()));
            }
            if (filter.dueFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("dueDate"), filter.dueFrom()));
            }
            if (filter.dueTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("dueDate"), filter.dueTo()));
            }
            if (filter.overdue() != null) {
                var overdue = cb.and(
                        cb.lessThan(root.get("dueDate"), today), cb.notEqual(root.get("status"), TaskStatus.DONE));
                predicates.add(
                        filter.overdue()
                                ? overdue
                                : cb.or(
                                        cb.isNull(root.get("dueDate")),
                                        cb.greaterThanOrEqualTo(root.get("dueDate"), today),
                                        cb.equal(root.get("status"), TaskStatus.DONE)));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                var pattern = "%"
                        + filter.q()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                predicates.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
