package com.mediaflow.calendar.internal;

import com.mediaflow.calendar.EventType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * An appointment on the studio's calendar and who attends it: crew members and contacts, by id.
 *
 * <p>Its id is chosen before it is saved, so it tells Spring Data itself whether it is new: a merge of
 * a new event would copy its attendee sets and count that as a change, bumping the version at once.
 */
@Entity
@Table(name = "calendar_events")
class CalendarEvent implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    private @Nullable String location;

    private @Nullable String description;

    @Column(name = "project_id")
    private @Nullable UUID projectId;

    // Loaded for a whole page of events at once rather than one query per event.
    @ElementCollection
    @CollectionTable(name = "calendar_event_members", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "member_id", nullable = false)
    @BatchSize(size = 100)
    private Set<UUID> memberIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "calendar_event_contacts", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "contact_id", nullable = false)
    @BatchSize(size = 100)
    private Set<UUID> contactIds = new HashSet<>();

    @Column(name = "created_by", updatable = false)
    private @Nullable UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private boolean saved = true;

    @SuppressWarnings("NullAway.Init")
    protected CalendarEvent() {}

    private CalendarEvent(UUID id, EventDetails details, EventTiming timing, UUID createdBy, Instant now) {
        this.id = id;
        this.saved = false;
        this.createdBy = createdBy;
        this.createdAt = now;
        reschedule(details, timing, now);
    }

    /** A new event; {@code id} is chosen before saving so that double-booking checks can exclude it. */
    static CalendarEvent schedule(UUID id, EventDetails details, EventTiming timing, UUID createdBy, Instant now) {
        return new CalendarEvent(id, details, timing, createdBy, now);
    }

    /** Replaces every detail: time, place, project and attendees. */
    void reschedule(EventDetails details, EventTiming timing, Instant now) {
        this.title = details.title();
        this.type = details.type();
        this.startsAt = timing.startsAt();
        this.endsAt = timing.endsAt();
        this.allDay = timing.allDay();
        this.startDate = timing.startDate();
        this.endDate = timing.endDate();
        this.location = details.location();
        this.description = details.description();
        this.projectId = details.projectId();
        this.memberIds.retainAll(details.memberIds());
        this.memberIds.addAll(details.memberIds());
        this.contactIds.retainAll(details.contactIds());
        this.contactIds.addAll(details.contactIds());
        this.updatedAt = now;
    }

    @PostPersist
    void onSaved() {
        this.saved = true;
    }

    @Override
    public boolean isNew() {
        return !saved;
    }

    @Override
    public UUID getId() {
        return id;
    }

    boolean isAttendedBy(UUID memberId) {
        return memberIds.contains(memberId);
    }

    EventTiming timing() {
        return new EventTiming(startsAt, endsAt, allDay, startDate, endDate);
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    EventType type() {
        return type;
    }

    @Nullable
    String location() {
        return location;
    }

    @Nullable
    String description() {
        return description;
    }

    @Nullable
    UUID projectId() {
        return projectId;
    }

    /** The attending members, in a stable order. */
    List<UUID> memberIds() {
        return memberIds.stream().sorted().toList();
    }

    /** The attending contacts, in a stable order. */
    List<UUID> contactIds() {
        return contactIds.stream().sorted().toList();
    }

    @Nullable
    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
