package com.mediaflow.tasks;

import java.util.UUID;

/** A task moved through its workflow, e.g. to {@code done}. */
public record TaskStatusChanged(UUID taskId, UUID projectId, TaskStatus from, TaskStatus to) {}
