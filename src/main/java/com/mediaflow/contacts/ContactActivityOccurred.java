package com.mediaflow.contacts;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Something that belongs on a contact's timeline happened: a project started for a client, an
 * invoice or a proposal was sent to them. Publish it with Spring's {@code ApplicationEventPublisher}
 * inside the transaction of the change; the contacts module adds the timeline entry once that
 * transaction commits (and retries it from the event publication registry if that fails).
 *
 * @param type a dotted lower-case name: {@code project.created}, {@code invoice.issued}, {@code proposal.signed}
 * @param summary one line for people to read, e.g. "Invoice INV-2026-0007 issued" (at most 500 characters)
 * @param actorId the member who did it; {@code null} when the system did
 * @param entityType what the entry is about: {@code project}, {@code invoice}, {@code proposal}; set
 *     together with {@code entityId} or not at all
 */
public record ContactActivityOccurred(
        UUID contactId,
        String type,
        String summary,
        @Nullable UUID actorId,
        @Nullable String entityType,
        @Nullable UUID entityId,
        Instant occurredAt) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z_]*(\\.[a-z][a-z_]*)+");
    private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z_]*");

    public ContactActivityOccurred {
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException(
                    "Activity type must be dotted lower-case, such as invoice.issued: " + type);
        }
        if (summary.isBlank() || summary.length() > 500) {
            throw new IllegalArgumentException("Activity summary must have 1 to 500 characters");
        }
        if ((entityType == null) != (entityId == null)) {
            throw new IllegalArgumentException("Activity entity type and id go together");
        }
        if (entityType != null && !ENTITY_TYPE.matcher(entityType).matches()) {
            throw new IllegalArgumentException(
                    "Activity entity type must be lower-case, such as invoice: " + entityType);
        }
    }
}
