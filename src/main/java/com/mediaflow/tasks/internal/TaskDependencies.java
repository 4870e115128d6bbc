package com.mediaflow.tasks.internal;

import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finish-to-start links between the tasks of one project, kept free of cycles. */
@Service
public class TaskDependencies {

    static final SortFields SORT =
            SortFields.builder().field("created_at", "createdAt").defaultSort(Sort.by("createdAt", "id"));

    private final TaskService taskService;
    private final TaskRepository tasks;
    private final TaskDependencyRepository dependencies;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskDependencies(
            TaskService taskService,
            TaskRepository tasks,
            TaskDependencyRepository dependencies,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.taskService = taskService;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The tasks this task waits for. */
    @Transactional(readOnly = true)
    public PageResponse<DependencyView> predecessorsOf(UUID taskId, Paging paging, CurrentUser viewer) {
        taskService.findVisible(taskId, viewer);
        var page = dependencies.findByTaskId(taskId, paging.pageable(SORT));
        var predecessors = tasks
                .findAllById(page.map(TaskDependency::predecessorId).getContent())
                .stream()
                .collect(Collectors.toMap(Task::id, Function.identity()));
        return PageResponse.of(
                page, dependency -> DependencyView.of(dependency, predecessors.get(dependency.predecessorId())));
    }

    @Transactional
    public DependencyView add(UUID taskId, UUID dependsOnId, CurrentUser actor) {
        var task = taskService.findVisible(taskId, actor);
        if (taskId.equals(dependsOnId)) {
            throw InvalidInputException.field("depends_on_id", "must be another task; a task cannot wait for itself");
        }
        var predecessor = tasks.findById(dependsOnId)
                .filter(other -> other.projectId().equals(task.projectId()))
                .orElseThrow(() -> InvalidInputException.field("depends_on_id", "must be a task of the same project"));
        lockLinksOf(task.projectId());
        if (dependencies.existsByTaskIdAndPredecessorId(taskId, dependsOnId)) {
            throw ConflictException.because(
                    "'" + task.title() + "' already waits for '" + predecessor.title() + "'",
                    Map.of("field", "depends_on_id"));
        }
        var graph = new DependencyGraph(dependencies.findByProjectId(task.projectId()));
        var cycle = graph.cycleIfLinked(taskId, dependsOnId);
        if (cycle.isPresent()) {
            var titles = tasks.findAllById(cycle.get()).stream().collect(Collectors.toMap(Task::id, Task::title));
            var chain =
                    cycle.get().stream().map(id -> "'" + titles.get(id) + "'").collect(Collectors.joining(" → "));
            throw ConflictException.because(
                    "Making '" + task.title() + "' wait for '" + predecessor.title()
                            + "' would create a cycle, so neither could ever start: " + chain,
                    Map.of("cycle", cycle.get().stream().map(UUID::toString).toList()));
        }
        var dependency = dependencies.saveAndFlush(
                new TaskDependency(task.projectId(), taskId, dependsOnId, actor.id(), clock.instant()));
        var view = DependencyView.of(dependency, predecessor);
        audit.record("task.dependency_added", "task", taskId, null, view);
        return view;
    }

    @Transactional
    public void remove(UUID taskId, UUID dependsOnId, CurrentUser actor) {
        taskService.findVisible(taskId, actor);
        var dependency = dependencies
                .findByTaskIdAndPredecessorId(taskId, dependsOnId)
                .orElseThrow(
                        () -> NotFoundException.because("Task " + taskId + " does not wait for task " + dependsOnId));
        var predecessor = tasks.findById(dependsOnId).orElseThrow();
        var before = DependencyView.of(dependency, predecessor);
        dependencies.delete(dependency);
        dependencies.flush();
        audit.record("task.dependency_removed", "task", taskId, before, null);
    }

    /**
     * Two links added at once could each pass the cycle check and together close a cycle: links of
     * one project are added one at a time.
     */
    private void lockLinksOf(UUID projectId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "tasks.dependencies:" + projectId)
                .query()
                .singleRow();
    }
}
