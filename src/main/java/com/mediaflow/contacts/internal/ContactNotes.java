package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactActivityOccurred;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes about a contact: written once, never edited; each also appears on the contact's timeline. */
@Service
public class ContactNotes {

    static final int TIMELINE_EXCERPT = 120;

    private static final SortFields SORT = SortFields.builder()
            .field("created_at", "created_at")
            .defaultSort(Sort.by(Sort.Order.desc("created_at"), Sort.Order.desc("id")));

    private final JdbcClient jdbc;
    private final ContactRepository contacts;
    private final ContactTimeline timeline;
    private final MemberNames members;
    private final AuditLog audit;
    private final Clock clock;

    ContactNotes(
            JdbcClient jdbc,
            ContactRepository contacts,
            ContactTimeline timeline,
            MemberNames members,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.timeline = timeline;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<NoteView> list(UUID contactId, Paging paging) {
        requireLive(contactId);
        long total = jdbc.sql("SELECT count(*) FROM contact_notes WHERE contact_id = :contactId")
                .param("contactId", contactId)
                .query(Long.class)
                .single();
        var orderBy = SqlPaging.orderBy(paging, SORT);
        var notes = jdbc.sql("SELECT * FROM contact_notes WHERE contact_id = :contactId ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .param("contactId", contactId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ContactNotes::row)
                .list();
        var names = members.of(notes.stream().map(NoteView::authorId).toList());
        var views = notes.stream()
                .map(note -> note.withAuthorName(names.get(note.authorId())))
                .toList();
        return SqlPaging.page(views, paging, total);
    }

    @Transactional(readOnly = true)
    public NoteView get(UUID contactId, UUID noteId) {
        requireLive(contactId);
        var note = jdbc.sql("SELECT * FROM contact_notes WHERE id = :id AND contact_id = :contactId")
                .param("id", noteId)
                .param("contactId", contactId)
                .query(ContactNotes::row)
                .optional()
                .orElseThrow(() -> NotFoundException.of("Note", noteId));
        return note.withAuthorName(members.of(List.of(note.authorId())).get(note.authorId()));
    }

    @Transactional
    public NoteView add(UUID contactId, String body, CurrentUser author) {
        requireLive(contactId);
        var note = new NoteView(
                UUID.randomUUID(), contactId, author.id(), author.fullName(), body.strip(), Moments.now(clock));
        jdbc.sql("""
                        INSERT INTO contact_notes (id, contact_id, author_id, body, created_at)
                        VALUES (:id, :contactId, :authorId, :body, :createdAt)
                        """)
                .param("id", note.id())
                .param("contactId", contactId)
                .param("authorId", author.id())
                .param("body", note.body())
                .param("createdAt", Timestamp.from(note.createdAt()))
                .update();
        timeline.record(new ContactActivityOccurred(
                contactId,
                ContactTimeline.NOTE_ADDED,
                "Note: " + excerpt(note.body()),
                author.id(),
                "note",
                note.id(),
                note.createdAt()));
        audit.record("contact.note_added", "contact_note", note.id(), null, note);
        return note;
    }

    private void requireLive(UUID contactId) {
        if (!contacts.existsLive(contactId)) {
            throw NotFoundException.of("Contact", contactId);
        }
    }

    /** The first line of a note, cut to fit a timeline entry. */
    static String excerpt(String body) {
        var firstLine = body.lines().findFirst().orElse("").strip();
        return firstLine.length() <= TIMELINE_EXCERPT ? firstLine : firstLine.substring(0, TIMELINE_EXCERPT - 1) + "…";
    }

    private static NoteView row(ResultSet rs, int row) throws SQLException {
        return new NoteView(
                rs.getObject("id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                null,
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant());
    }
}
