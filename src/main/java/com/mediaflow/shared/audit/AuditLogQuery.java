package com.mediaflow.shared.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of {@code GET /api/audit-logs}. */
public record AuditLogQuery(
        @BindParam("actor_id") @Nullable UUID actorId,
        @Nullable String action,
        @BindParam("entity_type") @Nullable String entityType,
        @BindParam("entity_id") @Nullable String entityId,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
        OffsetDateTime from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
        OffsetDateTime to) {}
