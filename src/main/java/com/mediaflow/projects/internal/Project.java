package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectStatus;
import com.mediaflow.projects.ProjectType;
import com.mediaflow.shared.web.InvalidStateException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A production for a client, moving through {@link ProjectLifecycle}. */
@Entity
@Table(name = "projects")
class Project {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "status_rank", insertable = false, updatable = false)
    private int statusRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_from")
    private @Nullable ProjectStatus pausedFrom;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "deadline")
    private @Nullable LocalDate deadline;

    @Column(name = "budget", precision = 14, scale = 2)
    private @Nullable BigDecimal budget;

    @Column(nullable = false)
    private String currency;

    @Column(name = "manager_id")
    private @Nullable UUID managerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false)
    private String[] tags = new String[0];

    private @Nullable String description;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Project() {}

    private Project(String code, ProjectDetails details, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.status = ProjectStatus.PLANNING;
        this.createdBy = createdBy;
        this.createdAt = now;
        revise(details, now);
    }

    /** A new production starts in planning. */
    static Project plan(String code, ProjectDetails details, UUID createdBy, Instant now) {
        return new Project(code, details, createdBy, now);
    }

    void revise(ProjectDetails details, Instant now) {
        this.name = details.name();
        this.clientId = details.clientId();
        this.type = details.type();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.deadline = details.deadline();
        this.budget = details.budget();
        this.currency = details.currency();
        this.managerId = details.managerId();
        this.tags = details.tags().toArray(String[]::new);
        this.description = details.description();
        this.updatedAt = now;
    }

    void recode(String code, Instant now) {
        this.code = code;
        this.updatedAt = now;
    }

    /**
     * Moves the production to {@code next}.
     *
     * @throws InvalidStateException when the lifecycle does not allow it, listing where it may go
     */
    void moveTo(ProjectStatus next, Instant now) {
        if (!ProjectLifecycle.allows(status, pausedFrom, next)) {
            throw InvalidStateException.because(
                    "A project in " + status.value() + " cannot move to " + next.value(),
                    Map.of("allowed_transitions", allowedTransitions()));
        }
        this.pausedFrom = next == ProjectStatus.ON_HOLD ? status : null;
        this.status = next;
        this.updatedAt = now;
        if (deliveredAt == null && (next == ProjectStatus.DELIVERED || next == ProjectStatus.COMPLETED)) {
            this.deliveredAt = now;
        }
    }

    List<String> allowedTransitions() {
        return ProjectLifecycle.allowedFrom(status, pausedFrom).stream()
                .sorted(Comparator.naturalOrder())
                .map(ProjectStatus::value)
                .toList();
    }

    boolean isManagedBy(UUID memberId) {
        return memberId.equals(managerId);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UUID clientId() {
        return clientId;
    }

    public ProjectType type() {
        return type;
    }

    public ProjectStatus status() {
        return status;
    }

    public @Nullable ProjectStatus pausedFrom() {
        return pausedFrom;
    }

    public @Nullable LocalDate startDate() {
        return startDate;
    }

    public @Nullable LocalDate endDate() {
        return endDate;
    }

    public @Nullable LocalDate deadline() {
        return deadline;
    }

    public @Nullable BigDecimal budget() {
        return budget;
    }

    public String currency() {
        return currency;
    }

    public @Nullable UUID managerId() {
        return managerId;
    }

    public List<String> tags() {
        return List.of(tags);
    }

    public @Nullable String description() {
        return description;
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
