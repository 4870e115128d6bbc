package com.mediaflow.projects;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A production was set up for a client. */
public record ProjectCreated(
        UUID projectId,
        String code,
        String name,
        UUID clientId,
        @Nullable UUID managerId) {}
