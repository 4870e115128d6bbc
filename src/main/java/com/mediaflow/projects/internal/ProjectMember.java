package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A studio member on one production's crew, with the role they play there. */
@Entity
@Table(name = "project_team_members")
class ProjectMember {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectRole role;

    @Column(name = "added_by")
    private @Nullable UUID addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ProjectMember() {}

    ProjectMember(UUID projectId, UUID memberId, ProjectRole role, UUID addedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.memberId = memberId;
        this.role = role;
        this.addedBy = addedBy;
        this.addedAt = now;
        this.updatedAt = now;
    }

    void changeRole(ProjectRole role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID memberId() {
        return memberId;
    }

    public ProjectRole role() {
        return role;
    }

    public @Nullable UUID addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
