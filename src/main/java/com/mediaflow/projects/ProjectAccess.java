package com.mediaflow.projects;

import com.mediaflow.projects.internal.ProjectMemberships;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who may see which project, written once for every module. Owners, managers and producers see
 * every project; editors and assistants see only the projects they are on the crew of or manage.
 *
 * <p>A project someone may not see does not exist for them: {@link #requireVisible} answers
 * {@code 404}, never {@code 403}, for the project and for everything under it (tasks, crew,
 * budget, time entries, files, expenses), so nothing leaks through the difference.
 */
@Service
public class ProjectAccess {

    private final ProjectMemberships memberships;

    ProjectAccess(ProjectMemberships memberships) {
        this.memberships = memberships;
    }

    /**
     * Passes when the project exists and {@code user} may see it.
     *
     * @throws NotFoundException otherwise, with the same answer for a hidden and a missing project
     */
    public void requireVisible(CurrentUser user, UUID projectId) {
        if (!canSee(user, projectId)) {
            throw NotFoundException.of("Project", projectId);
        }
    }

    public boolean canSee(CurrentUser user, UUID projectId) {
        return memberships.isVisible(user, projectId);
    }

    /** The projects {@code user} may see, to restrict a list query to them. */
    public ProjectScope visibleTo(CurrentUser user) {
        return memberships.visibleScope(user);
    }

    /**
     * Whether {@code user} may see the money of a project they can see (budget, costs, rates): those
     * who may view all financials, and those who manage projects for the projects they run (created,
     * manage, or are on the crew of).
     */
    public boolean canSeeFinancials(CurrentUser user, UUID projectId) {
        return memberships.canSeeFinancials(user, projectId);
    }

    /** The projects whose money {@code user} may see, for lists that show amounts. */
    public ProjectScope financialsVisibleTo(CurrentUser user) {
        return memberships.financialScope(user);
    }
}
