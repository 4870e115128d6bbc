package com.mediaflow.contacts.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note about a contact; {@code authorName} is absent only if the author's account is gone. */
public record NoteView(
        UUID id, UUID contactId, UUID authorId, @Nullable String authorName, String body, Instant createdAt) {

    NoteView withAuthorName(@Nullable String name) {
        return new NoteView(id, contactId, authorId, name, body, createdAt);
    }
}
