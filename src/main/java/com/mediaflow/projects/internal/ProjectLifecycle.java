package com.mediaflow.projects.internal;

import static com.mediaflow.projects.ProjectStatus.CANCELLED;
import static com.mediaflow.projects.ProjectStatus.COMPLETED;
import static com.mediaflow.projects.ProjectStatus.DELIVERED;
import static com.mediaflow.projects.ProjectStatus.ON_HOLD;
import static com.mediaflow.projects.ProjectStatus.PLANNING;
import static com.mediaflow.projects.ProjectStatus.POST_PRODUCTION;
import static com.mediaflow.projects.ProjectStatus.PRE_PRODUCTION;
import static com.mediaflow.projects.ProjectStatus.PRODUCTION;
import static com.mediaflow.projects.ProjectStatus.REVIEW;

import com.mediaflow.projects.ProjectStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The allowed moves of a production. Each active stage moves one step forward, or one step back
 * for rework (reshoots, client revisions, a delivery reopened); any active stage can be put on
 * hold or cancelled. An on-hold project resumes in the stage it was paused in, or goes wherever
 * that stage could have gone (or is cancelled). Completed and cancelled are final.
 */
final class ProjectLifecycle {

    private static final Map<ProjectStatus, Set<ProjectStatus>> FROM_ACTIVE = new EnumMap<>(ProjectStatus.class);

    static {
        FROM_ACTIVE.put(PLANNING, EnumSet.of(PRE_PRODUCTION, ON_HOLD, CANCELLED));
        FROM_ACTIVE.put(PRE_PRODUCTION, EnumSet.of(PRODUCTION, PLANNING, ON_HOLD, CANCELLED));
        FROM_ACTIVE.put(PRODUCTION, EnumSet.of(POST_PRODUCTION, PRE_PRODUCTION, ON_HOLD, CANCELLED));
        FROM_ACTIVE.put(POST_PRODUCTION, EnumSet.of(REVIEW, PRODUCTION, ON_HOLD, CANCELLED));
        FROM_ACTIVE.put(REVIEW, EnumSet.of(DELIVERED, POST_PRODUCTION, ON_HOLD, CANCELLED));
        FROM_ACTIVE.put(DELIVERED, EnumSet.of(COMPLETED, REVIEW, ON_HOLD, CANCELLED));
    }

    private ProjectLifecycle() {}

    /**
     * Where a project may go next.
     *
     * @param pausedFrom the stage an on-hold project was paused in; ignored for other states
     */
    static Set<ProjectStatus> allowedFrom(ProjectStatus current, @Nullable ProjectStatus pausedFrom) {
        if (current == ON_HOLD) {
            if (pausedFrom == null || !pausedFrom.isActive()) {
                throw new IllegalStateException("An on-hold project must remember an active stage");
            }
            var resume = EnumSet.of(pausedFrom, CANCELLED);
            resume.addAll(FROM_ACTIVE.get(pausedFrom));
            resume.remove(ON_HOLD);
            return Set.copyOf(resume);
        }
        var next = FROM_ACTIVE.get(current);
        return next == null ? Set.of() : Set.copyOf(next);
    }

    static boolean allows(ProjectStatus current, @Nullable ProjectStatus pausedFrom, ProjectStatus next) {
        return allowedFrom(current, pausedFrom).contains(next);
    }
}
