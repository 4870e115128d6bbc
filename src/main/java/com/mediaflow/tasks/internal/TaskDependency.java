package com.mediaflow.tasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Finish-to-start: {@code taskId} cannot start until {@code predecessorId} is done. */
@Entity
@Table(name = "task_dependencies")
class TaskDependency {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "task_id", nullable = false)
    private UUID taskId;

    @Column(name = "predecessor_id", nullable = false)
    private UUID predecessorId;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected TaskDependency() {}

    TaskDependency(UUID projectId, UUID taskId, UUID predecessorId, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.taskId = taskId;
        this.predecessorId = predecessorId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID taskId() {
        return taskId;
    }

    public UUID predecessorId() {
        return predecessorId;
    }

    public @Nullable UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
