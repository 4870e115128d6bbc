package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactActivityOccurred;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes entries on contacts' timelines. Entries are never changed or removed. The contacts module
 * writes its own (created, updated, imported, note added); other modules publish
 * {@link ContactActivityOccurred} and {@link ContactTimelineListener} records it with one call.
 */
@Component
class ContactTimeline {

    static final String CONTACT_CREATED = "contact.created";
    static final String CONTACT_UPDATED = "contact.updated";
    static final String CONTACT_IMPORTED = "contact.imported";
    static final String NOTE_ADDED = "note.added";

    private static final String INSERT = """
            INSERT INTO contact_activities (id, contact_id, type, summary, actor_id, occurred_at, entity_type, entity_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;

    ContactTimeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the entry in the current transaction; the contact must already be written. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(ContactActivityOccurred entry) {
        jdbc.update(INSERT, values(entry));
    }

    /** Adds many entries at once, as an import does. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAll(List<ContactActivityOccurred> entries) {
        jdbc.batchUpdate(INSERT, entries.stream().map(ContactTimeline::values).toList(), 500, (statement, values) -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        });
    }

    private static Object[] values(ContactActivityOccurred entry) {
        return new Object[] {
            UUID.randomUUID(),
            entry.contactId(),
            entry.type(),
            entry.summary(),
            entry.actorId(),
            Timestamp.from(entry.occurredAt()),
            entry.entityType(),
            entry.entityId()
        };
    }
}
