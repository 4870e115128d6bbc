package com.mediaflow.tasks.internal;

import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.tasks.TaskStatus;
import com.mediaflow.tasks.TaskStatusChanged;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moving a task along its workflow: by its assignee or by those who manage projects. */
@Service
public class TaskProgress {

    private final TaskService taskService;
    private final TaskRepository tasks;
    private final TaskDependencyRepository dependencies;
    private final StudioCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskProgress(
            TaskService taskService,
            TaskRepository tasks,
            TaskDependencyRepository dependencies,
            StudioCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.taskService = taskService;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TaskView changeStatus(UUID id, TaskStatus next, long version, CurrentUser actor) {
        var task = taskService.findVisible(id, actor);
        if (!actor.has(Permission.CAN_MANAGE_PROJECTS) && !task.isAssignedTo(actor.id())) {
            throw ForbiddenException.because(
                    "Only the task's assignee or someone who manages projects can change its status");
        }
        if (task.version() != version) {
            throw ConflictException.staleVersion("Task", version, task.version());
        }
        var today = calendar.today();
        var before = TaskView.of(task, today);
        var from = task.status();
        if (next == TaskStatus.IN_PROGRESS && TaskWorkflow.allows(from, next)) {
            requirePredecessorsDone(task);
        }
        task.moveTo(next, clock.instant());
        tasks.flush();
        var after = TaskView.of(task, today);
        audit.record("task.status_changed", "task", id, before, after);
        events.publishEvent(new TaskStatusChanged(id, task.projectId(), from, next));
        return after;
    }

    /** Finish-to-start: work on a task begins only once everything it waits for is done. */
    private void requirePredecessorsDone(Task task) {
        var predecessorIds = dependencies.findByTaskId(task.id()).stream()
                .map(TaskDependency::predecessorId)
                .toList();
        List<Task> open = tasks.findAllById(predecessorIds).stream()
                .filter(predecessor -> predecessor.status() != TaskStatus.DONE)
                .sorted(Comparator.comparing(Task::title))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        var names = open.stream().map(t -> "'" + t.title() + "'").toList();
        throw InvalidStateException.because(
                "The task cannot start while " + (open.size() == 1 ? "its predecessor " : "its predecessors ")
                        + String.join(", ", names) + (open.size() == 1 ? " is" : " are") + " not done",
                Map.of(
                        "open_predecessors",
                        open.stream()
                                .map(t -> Map.of(
                                        "id",
                                        t.id().toString(),
                                        "title",
                                        t.title(),
                                        "status",
                                        t.status().value()))
                                .toList(),
                        "allowed_transitions",
                        task.allowedTransitions().stream()
                                .filter(status -> !status.equals(TaskStatus.IN_PROGRESS.value()))
                                .toList()));
    }
}
