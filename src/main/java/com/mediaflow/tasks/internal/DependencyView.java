package com.mediaflow.tasks.internal;

import com.mediaflow.tasks.TaskStatus;
import java.time.Instant;
import java.util.UUID;

/** A task that {@code task_id} waits for: {@code depends_on_id}, with its title and status. */
public record DependencyView(
        UUID taskId, UUID dependsOnId, String title, TaskStatus status, boolean done, Instant createdAt) {

    static DependencyView of(TaskDependency dependency, Task predecessor) {
        return new DependencyView(
                dependency.taskId(),
                predecessor.id(),
                predecessor.title(),
                predecessor.status(),
                predecessor.status() == TaskStatus.DONE,
                dependency.createdAt());
    }
}
