package com.mediaflow.tasks.internal;

import com.mediaflow.projects.ProjectTeamMemberRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Someone who left a production's crew can no longer work its tasks: their open ones are unassigned. */
@Component
class CrewChanges {

    private final TaskService tasks;

    CrewChanges(TaskService tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(ProjectTeamMemberRemoved event) {
        tasks.unassignOpenTasks(event.projectId(), event.memberId());
    }
}
