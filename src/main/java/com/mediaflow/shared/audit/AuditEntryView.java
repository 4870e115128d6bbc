package com.mediaflow.shared.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One entry of the audit log as the API returns it. */
public record AuditEntryView(
        UUID id,
        Instant occurredAt,
        @Nullable UUID actorId,
        @Nullable String actorEmail,
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable JsonNode before,
        @Nullable JsonNode after,
        @Nullable String ip,
        @Nullable String userAgent,
        @Nullable String requestId) {}
