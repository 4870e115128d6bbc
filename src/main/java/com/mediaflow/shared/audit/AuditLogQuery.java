package com.mediaflow.shared.audit;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of {@code GET /api/audit-logs}. */
public record AuditLogQuery(
        @Parameter(name = "actor_id") @BindParam("actor_id") @Nullable
        UUID actorId,

        @Nullable String action,

        @Parameter(name = "entity_type") @BindParam("entity_type") @Nullable
        String entityType,

        @Parameter(name = "entity_id") @BindParam("entity_id") @Nullable
        String entityId,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
        OffsetDateTime from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
        OffsetDateTime to) {}
