package com.mediaflow.contacts.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a contact's timeline.
 *
 * @param type what happened: {@code contact.created}, {@code contact.updated}, {@code contact.imported},
 *     {@code note.added}, and entries of other modules such as {@code project.created}
 * @param actorId the member who did it; {@code null} when the system did
 * @param entityType what the entry is about ({@code note}, {@code project}, {@code invoice}...), with {@code entityId}
 */
public record ActivityView(
        UUID id,
        UUID contactId,
        String type,
        String summary,
        @Nullable UUID actorId,
        @Nullable String actorName,
        Instant occurredAt,
        @Nullable String entityType,
        @Nullable UUID entityId) {

    ActivityView withActorName(@Nullable String name) {
        return new ActivityView(id, contactId, type, summary, actorId, name, occurredAt, entityType, entityId);
    }
}
