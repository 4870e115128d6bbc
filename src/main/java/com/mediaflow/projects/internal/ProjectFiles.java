package com.mediaflow.projects.internal;

import com.mediaflow.files.FileAttachments;
import com.mediaflow.projects.ProjectDependents;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A project that still has files cannot be deleted: they are the production's material. */
@Component
class ProjectFiles implements ProjectDependents {

    private final FileAttachments files;

    ProjectFiles(FileAttachments files) {
        this.files = files;
    }

    @Override
    public String kind() {
        return "files";
    }

    @Override
    public long countFor(UUID projectId) {
        return files.count("project", projectId);
    }
}
