package com.mediaflow.projects.internal;

import com.mediaflow.files.AttachmentOwner;
import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.security.Role;
import com.mediaflow.shared.web.ForbiddenException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files of a production (footage, stills, call sheets): visible to whoever sees the project;
 * added by those who manage assets and by the editors on its crew, not by assistants.
 */
@Component
class ProjectAttachments implements AttachmentOwner {

    private final ProjectAccess access;

    ProjectAttachments(ProjectAccess access) {
        this.access = access;
    }

    @Override
    public String entityType() {
        return "project";
    }

    @Override
    public void requireReadable(CurrentUser user, UUID projectId) {
        access.requireVisible(user, projectId);
    }

    @Override
    public void requireWritable(CurrentUser user, UUID projectId) {
        access.requireVisible(user, projectId);
        // Editors see only the productions they work on, so one who sees it is on its crew.
        if (!user.has(Permission.CAN_MANAGE_ASSETS) && user.role() != Role.EDITOR) {
            throw ForbiddenException.because("Adding or removing a project's files needs can_manage_assets, or "
                    + "being an editor on its crew");
        }
    }
}
