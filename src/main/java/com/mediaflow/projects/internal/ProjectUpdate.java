package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectStatus;
import org.jspecify.annotations.Nullable;

/**
 * A full update of a project. {@code code} and {@code status} {@code null} keep the current ones; a
 * new status must be one the lifecycle allows from the current one.
 */
public record ProjectUpdate(
        ProjectDetails details,
        @Nullable String code,
        @Nullable ProjectStatus status,
        long version) {}
