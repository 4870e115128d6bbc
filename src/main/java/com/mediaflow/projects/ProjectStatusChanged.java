package com.mediaflow.projects;

import java.util.UUID;

/** A production moved through its lifecycle, e.g. to {@code delivered} or {@code cancelled}. */
public record ProjectStatusChanged(UUID projectId, ProjectStatus from, ProjectStatus to) {}
