package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queries behind {@link com.mediaflow.projects.ProjectAccess}: who is on or runs which project. */
@Service
public class ProjectMemberships {

    private final ProjectRepository projects;
    private final ProjectMemberRepository crew;

    ProjectMemberships(ProjectRepository projects, ProjectMemberRepository crew) {
        this.projects = projects;
        this.crew = crew;
    }

    @Transactional(readOnly = true)
    public boolean isVisible(CurrentUser user, UUID projectId) {
        if (user.role().seesOnlyOwnProjects()) {
            return projects.isManagedOrCrewedBy(projectId, user.id());
        }
        return projects.existsById(projectId);
    }

    @Transactional(readOnly = true)
    public ProjectScope visibleScope(CurrentUser user) {
        if (user.role().seesOnlyOwnProjects()) {
            return ProjectScope.only(Set.copyOf(projects.idsManagedOrCrewedBy(user.id())));
        }
        return ProjectScope.everything();
    }

    @Transactional(readOnly = true)
    public boolean canSeeFinancials(CurrentUser user, UUID projectId) {
        if (user.has(Permission.CAN_VIEW_FINANCIALS)) {
            return projects.existsById(projectId);
        }
        return user.has(Permission.CAN_MANAGE_PROJECTS) && projects.isRunBy(projectId, user.id());
    }

    @Transactional(readOnly = true)
    public ProjectScope financialScope(CurrentUser user) {
        if (user.has(Permission.CAN_VIEW_FINANCIALS)) {
            return ProjectScope.everything();
        }
        if (user.has(Permission.CAN_MANAGE_PROJECTS)) {
            return ProjectScope.only(Set.copyOf(projects.idsRunBy(user.id())));
        }
        return ProjectScope.only(Set.of());
    }

    @Transactional(readOnly = true)
    public boolean isOnTeam(UUID projectId, UUID memberId) {
        return crew.existsByProjectIdAndMemberId(projectId, memberId);
    }
}
