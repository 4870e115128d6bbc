package com.mediaflow.tasks.internal;

import com.mediaflow.projects.ProjectDependents;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A project with tasks is not deleted: its tasks (and the time on them) depend on it. */
@Component
class ProjectTaskCount implements ProjectDependents {

    private final TaskRepository tasks;

    ProjectTaskCount(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public String kind() {
        return "tasks";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(UUID projectId) {
        return tasks.countByProjectId(projectId);
    }
}
