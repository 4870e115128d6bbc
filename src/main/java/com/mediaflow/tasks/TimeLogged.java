package com.mediaflow.tasks;

import java.util.UUID;

/** Time was logged on a task, or a time entry was corrected or deleted. */
public record TimeLogged(UUID timeEntryId, UUID projectId, UUID memberId) {}
