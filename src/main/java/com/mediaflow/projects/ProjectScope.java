package com.mediaflow.projects;

import java.util.Set;
import java.util.UUID;

/**
 * The projects a member may see, for restricting list queries: either every project, or exactly
 * {@link #projectIds()}. Apply it as {@code project_id IN (:ids)} when {@link #unrestricted()} is
 * false, and return nothing when that set is empty.
 */
public record ProjectScope(boolean unrestricted, Set<UUID> projectIds) {

    public ProjectScope {
        projectIds = Set.copyOf(projectIds);
    }

    public static ProjectScope everything() {
        return new ProjectScope(true, Set.of());
    }

    public static ProjectScope only(Set<UUID> projectIds) {
        return new ProjectScope(false, projectIds);
    }

    public boolean includes(UUID projectId) {
        return unrestricted || projectIds.contains(projectId);
    }

    /** Whether a restricted scope holds no project at all, so a query can skip the database. */
    public boolean isEmpty() {
        return !unrestricted && projectIds.isEmpty();
    }
}
