package com.mediaflow.tasks;

import java.util.UUID;

/** A task was created, edited or deleted (status moves are {@link TaskStatusChanged}). */
public record TaskChanged(UUID taskId, UUID projectId) {}
