package com.mediaflow.calendar.internal;

import static com.mediaflow.calendar.internal.EventSpecifications.attendedBy;
import static com.mediaflow.calendar.internal.EventSpecifications.ofAnyProject;
import static com.mediaflow.calendar.internal.EventSpecifications.withProject;
import static com.mediaflow.calendar.internal.EventSpecifications.withoutProject;

import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.security.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may see which event. An event of a project is seen by those who may see the project
 * ({@link ProjectAccess}) and by its attendees; an event without a project is seen by every member.
 * Someone who may not see an event gets a 404 for it, as for a missing one.
 */
@Component
class EventVisibility {

    private final ProjectAccess access;

    EventVisibility(ProjectAccess access) {
        this.access = access;
    }

    boolean canSee(CurrentUser viewer, CalendarEvent event) {
        return canSee(viewer, event.projectId(), event.isAttendedBy(viewer.id()));
    }

    boolean canSee(CurrentUser viewer, @Nullable UUID projectId, boolean attends) {
        return projectId == null || attends || access.canSee(viewer, projectId);
    }

    /** The list condition matching {@link #canSee}. */
    Specification<CalendarEvent> visibleTo(CurrentUser viewer) {
        var scope = access.visibleTo(viewer);
        if (scope.unrestricted()) {
            return Specification.unrestricted();
        }
        var seen = withoutProject().or(attendedBy(viewer.id()));
        return scope.isEmpty() ? seen : seen.or(ofAnyProject(scope.projectIds()));
    }

    /**
     * What a member's feed holds: the events they attend and the events of the projects in
     * {@code scope}, the projects they may see (for editors and assistants, the projects they are on;
     * for those who see every project, every production's events). Events without a project appear
     * only for their attendees, so that a subscription shows the member's own schedule rather than
     * every studio-wide appointment.
     */
    Specification<CalendarEvent> inFeedOf(UUID memberId, ProjectScope scope) {
        var attends = attendedBy(memberId);
        if (scope.unrestricted()) {
            return attends.or(withProject());
        }
        return scope.isEmpty() ? attends : attends.or(ofAnyProject(scope.projectIds()));
    }
}
