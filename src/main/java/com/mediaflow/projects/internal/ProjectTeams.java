package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectRole;
import com.mediaflow.projects.ProjectTeamMemberAdded;
import com.mediaflow.projects.ProjectTeamMemberRemoved;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.team.MemberStatus;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The crew of each production: who is on it and in which role. */
@Service
public class ProjectTeams {

    static final SortFields SORT = SortFields.builder()
            .field("added_at", "addedAt")
            .field("role", "role")
            .defaultSort(Sort.by("addedAt", "id"));

    private final ProjectService projects;
    private final ProjectMemberRepository crew;
    private final TeamDirectory team;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectTeams(
            ProjectService projects,
            ProjectMemberRepository crew,
            TeamDirectory team,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.crew = crew;
        this.team = team;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<TeamMemberView> list(UUID projectId, Paging paging, CurrentUser viewer) {
        projects.findVisible(projectId, viewer);
        return PageResponse.of(crew.findByProjectId(projectId, paging.pageable(SORT)), this::view);
    }

    @Transactional(readOnly = true)
    public TeamMemberView get(UUID projectId, UUID userId, CurrentUser viewer) {
        projects.findVisible(projectId, viewer);
        return view(find(projectId, userId));
    }

    @Transactional
    public TeamMemberView add(UUID projectId, UUID userId, ProjectRole role, CurrentUser actor) {
        var project = projects.findVisible(projectId, actor);
        var account = team.findAccount(userId)
                .filter(member -> member.status() != MemberStatus.DEACTIVATED)
                .orElseThrow(() -> InvalidInputException.field(
                        "user_id", "must be a member of the studio who is not deactivated"));
        if (crew.existsByProjectIdAndMemberId(projectId, userId)) {
            throw ConflictException.because(
                    account.fullName() + " is already on the crew of " + project.code()
                            + "; change their role with PUT instead",
                    Map.of("field", "user_id"));
        }
        var member = crew.saveAndFlush(new ProjectMember(projectId, userId, role, actor.id(), clock.instant()));
        var view = TeamMemberView.of(member, account);
        audit.record("project.team_member_added", "project", projectId, null, view);
        events.publishEvent(new ProjectTeamMemberAdded(projectId, userId, role));
        return view;
    }

    @Transactional
    public TeamMemberView changeRole(UUID projectId, UUID userId, ProjectRole role, long version, CurrentUser actor) {
        projects.findVisible(projectId, actor);
        var member = find(projectId, userId);
        if (member.version() != version) {
            throw ConflictException.staleVersion("The crew member", version, member.version());
        }
        var before = view(member);
        member.changeRole(role, clock.instant());
        crew.flush();
        var after = view(member);
        audit.record("project.team_member_updated", "project", projectId, before, after);
        return after;
    }

    @Transactional
    public void remove(UUID projectId, UUID userId, CurrentUser actor) {
        projects.findVisible(projectId, actor);
        var member = find(projectId, userId);
        var before = view(member);
        crew.delete(member);
        crew.flush();
        audit.record("project.team_member_removed", "project", projectId, before, null);
        events.publishEvent(new ProjectTeamMemberRemoved(projectId, userId));
    }

    private ProjectMember find(UUID projectId, UUID userId) {
        return crew.findByProjectIdAndMemberId(projectId, userId)
                .orElseThrow(() ->
                        NotFoundException.because("Member " + userId + " is not on the crew of project " + projectId));
    }

    private TeamMemberView view(ProjectMember member) {
        var account = team.findAccount(member.memberId())
                .orElseThrow(() -> new IllegalStateException("A crew member must be a member of the studio"));
        return TeamMemberView.of(member, account);
    }
}
