package com.mediaflow.projects;

import java.util.UUID;

/**
 * Records of another module that belong to a project, such as its tasks. A project can be deleted
 * only while every bean of this type counts none; past that point it is cancelled or completed
 * instead, so that history and money stay attached to it.
 */
public interface ProjectDependents {

    /** What depends, as a plural noun for messages and the problem document, e.g. {@code tasks}. */
    String kind();

    long countFor(UUID projectId);
}
