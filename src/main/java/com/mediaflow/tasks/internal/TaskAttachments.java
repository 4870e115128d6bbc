package com.mediaflow.tasks.internal;

import com.mediaflow.files.AttachmentOwner;
import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.security.Role;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of a task (references, drafts, deliverables): visible to whoever sees the task's project;
 * added by those who manage assets, by editors on the project's crew and by the task's assignee.
 */
@Component
class TaskAttachments implements AttachmentOwner {

    private final TaskRepository tasks;
    private final ProjectAccess access;

    TaskAttachments(TaskRepository tasks, ProjectAccess access) {
        this.tasks = tasks;
        this.access = access;
    }

    @Override
    public String entityType() {
        return "task";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireReadable(CurrentUser user, UUID taskId) {
        visible(user, taskId);
    }

    @Override
    @Transactional(readOnly = true)
    public void requireWritable(CurrentUser user, UUID taskId) {
        var task = visible(user, taskId);
        if (!user.has(Permission.CAN_MANAGE_ASSETS)
                && user.role() != Role.EDITOR
                && !user.id().equals(task.assigneeId())) {
            throw ForbiddenException.because("Adding or removing a task's files needs can_manage_assets, being an "
                    + "editor on the project's crew, or being the task's assignee");
        }
    }

    private Task visible(CurrentUser user, UUID taskId) {
        var task = tasks.findById(taskId).orElseThrow(() -> NotFoundException.of("Task", taskId));
        if (!access.canSee(user, task.projectId())) {
            throw NotFoundException.of("Task", taskId);
        }
        return task;
    }
}
