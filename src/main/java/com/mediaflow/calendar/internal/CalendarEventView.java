package com.mediaflow.calendar.internal;

import com.mediaflow.calendar.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event as the API shows it. {@code starts_at} and {@code ends_at} are always set (the end is
 * exclusive); an all-day event also has {@code start_date} and {@code end_date} (inclusive), the days
 * it covers in the studio's time zone. {@code member_ids} are the crew attending, {@code contact_ids}
 * the contacts.
 */
public record CalendarEventView(
        UUID id,
        String title,
        EventType type,
        Instant startsAt,
        Instant endsAt,
        boolean allDay,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String location,
        @Nullable String description,
        @Nullable UUID projectId,
        List<UUID> memberIds,
        List<UUID> contactIds,
        @Nullable UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static CalendarEventView of(CalendarEvent event) {
        var timing = event.timing();
        return new CalendarEventView(
                event.id(),
                event.title(),
                event.type(),
                timing.startsAt(),
                timing.endsAt(),
                timing.allDay(),
                timing.startDate(),
                timing.endDate(),
                event.location(),
                event.description(),
                event.projectId(),
                event.memberIds(),
                event.contactIds(),
                event.createdBy(),
                event.createdAt(),
                event.updatedAt(),
                event.version());
    }
}
