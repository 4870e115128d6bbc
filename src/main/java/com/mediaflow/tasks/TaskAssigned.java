package com.mediaflow.tasks;

import java.util.UUID;

/** A task was given to someone (on creation or later); they may want to hear about it. */
public record TaskAssigned(UUID taskId, UUID projectId, UUID assigneeId, String title, UUID assignedBy) {}
