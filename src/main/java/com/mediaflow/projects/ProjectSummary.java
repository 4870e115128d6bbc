package com.mediaflow.projects;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules need to know about a project. {@code currency} is its ISO 4217 code. */
public record ProjectSummary(
        UUID id,
        String code,
        String name,
        UUID clientId,
        ProjectStatus status,
        String currency,
        @Nullable UUID managerId) {}
