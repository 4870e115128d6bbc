package com.mediaflow.analytics.internal;

import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see which figures. Money: those who may view financials see all of it, producers (who
 * manage projects) the money of the projects they run, others none (financial routes are 403 for
 * them). Production figures cover the projects the caller can see. Team figures need team rights,
 * except a member's own performance.
 */
@Component
public class AnalyticsAccess {

    private final ProjectAccess projects;

    AnalyticsAccess(ProjectAccess projects) {
        this.projects = projects;
    }

    public Viewer viewer(CurrentUser user) {
        var seesMoney = user.has(Permission.CAN_VIEW_FINANCIALS) || user.has(Permission.CAN_MANAGE_PROJECTS);
        var money = seesMoney ? projects.financialsVisibleTo(user) : ProjectScope.only(Set.of());
        return new Viewer(user, seesMoney, money, projects.visibleTo(user), user.has(Permission.CAN_MANAGE_TEAM));
    }

    /** A viewer of a financial figure: 403 for those who see no project's money. */
    public Viewer financialViewer(CurrentUser user) {
        var viewer = viewer(user);
        if (!viewer.seesMoney()) {
            throw ForbiddenException.because("Financial figures are shown to those who may view financials, and to"
                    + " producers for their own projects");
        }
        return viewer;
    }

    public Viewer teamViewer(CurrentUser user) {
        var viewer = viewer(user);
        if (!viewer.team()) {
            throw ForbiddenException.because("Team figures are shown to those who may manage the team");
        }
        return viewer;
    }

    /** A member's own figures are theirs to see; anyone else's need team rights. */
    public Viewer memberViewer(CurrentUser user, UUID memberId) {
        var viewer = viewer(user);
        if (!viewer.team() && !user.id().equals(memberId)) {
            throw ForbiddenException.because("Another member's figures are shown to those who may manage the team");
        }
        return viewer;
    }

    /** 404 for a project the caller may not see. */
    public void requireVisible(CurrentUser user, UUID projectId) {
        projects.requireVisible(user, projectId);
    }

    public boolean seesMoneyOf(Viewer viewer, UUID projectId) {
        return viewer.seesMoney() && projects.canSeeFinancials(viewer.user(), projectId);
    }
}
