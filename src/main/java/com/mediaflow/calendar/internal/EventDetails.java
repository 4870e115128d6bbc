package com.mediaflow.calendar.internal;

import com.mediaflow.calendar.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable details of an event as a create or a full update gives them. Timed events give
 * {@code startsAt} and {@code endsAt}; all-day events give {@code startDate} and, for more than one
 * day, {@code endDate} (inclusive). The service checks them against each other and the studio's
 * time zone.
 */
public record EventDetails(
        String title,
        EventType type,
        boolean allDay,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String location,
        @Nullable String description,
        @Nullable UUID projectId,
        Set<UUID> memberIds,
        Set<UUID> contactIds) {

    public EventDetails {
        memberIds = Set.copyOf(memberIds);
        contactIds = Set.copyOf(contactIds);
    }
}
