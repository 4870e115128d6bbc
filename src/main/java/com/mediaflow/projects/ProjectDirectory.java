package com.mediaflow.projects;

import com.mediaflow.projects.internal.ProjectMemberships;
import com.mediaflow.projects.internal.ProjectService;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Lookups other modules may make about projects. These do not check visibility: call
 * {@link ProjectAccess#requireVisible} first when acting for a member.
 */
@Service
public class ProjectDirectory {

    private final ProjectService projects;
    private final ProjectMemberships memberships;

    ProjectDirectory(ProjectService projects, ProjectMemberships memberships) {
        this.projects = projects;
        this.memberships = memberships;
    }

    public Optional<ProjectSummary> find(UUID projectId) {
        return projects.summary(projectId);
    }

    /** Whether the member is on the project's crew (the team list, not merely its manager). */
    public boolean isOnTeam(UUID projectId, UUID memberId) {
        return memberships.isOnTeam(projectId, memberId);
    }
}
