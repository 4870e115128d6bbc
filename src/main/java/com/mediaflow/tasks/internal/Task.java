package com.mediaflow.tasks.internal;

import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.tasks.TaskPriority;
import com.mediaflow.tasks.TaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A piece of work in one project; it never moves to another project. */
@Entity
@Table(name = "tasks")
class Task {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String title;

    private @Nullable String description;

    @Column(name = "assignee_id")
    private @Nullable UUID assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(name = "status_rank", insertable = false, updatable = false)
    private int statusRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskPriority priority;

    @Column(name = "priority_rank", insertable = false, updatable = false)
    private int priorityRank;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(name = "estimate_minutes")
    private @Nullable Integer estimateMinutes;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Task() {}

    private Task(UUID projectId, TaskDetails details, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.status = TaskStatus.TODO;
        this.createdBy = createdBy;
        this.createdAt = now;
        revise(details, now);
    }

    /** A new task starts in todo. */
    static Task open(UUID projectId, TaskDetails details, UUID createdBy, Instant now) {
        return new Task(projectId, details, createdBy, now);
    }

    void revise(TaskDetails details, Instant now) {
        this.title = details.title();
        this.description = details.description();
        this.assigneeId = details.assigneeId();
        this.priority = details.priority();
        this.startDate = details.startDate();
        this.dueDate = details.dueDate();
        this.estimateMinutes = details.estimateMinutes();
        this.updatedAt = now;
    }

    /**
     * Moves the task along its workflow; predecessors are the caller's to check.
     *
     * @throws InvalidStateException when the workflow does not allow it, listing where it may go
     */
    void moveTo(TaskStatus next, Instant now) {
        if (!TaskWorkflow.allows(status, next)) {
            throw InvalidStateException.because(
                    "A task in " + status.value() + " cannot move to " + next.value(),
                    Map.of("allowed_transitions", allowedTransitions()));
        }
        this.status = next;
        this.completedAt = next == TaskStatus.DONE ? now : null;
        this.updatedAt = now;
    }

    void unassign(Instant now) {
        this.assigneeId = null;
        this.updatedAt = now;
    }

    List<String> allowedTransitions() {
        return TaskWorkflow.allowedFrom(status).stream()
                .sorted(Comparator.naturalOrder())
                .map(TaskStatus::value)
                .toList();
    }

    /** Past its due date (in the studio's time zone) and not done. */
    boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != TaskStatus.DONE;
    }

    boolean isAssignedTo(UUID memberId) {
        return memberId.equals(assigneeId);
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public @Nullable String description() {
        return description;
    }

    public @Nullable UUID assigneeId() {
        return assigneeId;
    }

    public TaskStatus status() {
        return status;
    }

    public TaskPriority priority() {
        return priority;
    }

    public @Nullable LocalDate startDate() {
        return startDate;
    }

    public @Nullable LocalDate dueDate() {
        return dueDate;
    }

    public @Nullable Integer estimateMinutes() {
        return estimateMinutes;
    }

    public @Nullable Instant completedAt() {
        return completedAt;
    }

    public @Nullable UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
