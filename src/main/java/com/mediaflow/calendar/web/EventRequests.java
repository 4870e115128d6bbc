package com.mediaflow.calendar.web;

import com.mediaflow.calendar.EventType;
import com.mediaflow.calendar.internal.EventDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the event routes. */
final class EventRequests {

    private static final int MOST_ATTENDEES = 100;

    private EventRequests() {}

    record CreateCalendarEvent(
            @NotBlank @Size(max = 300) String title,
            @NotNull EventType type,
            @Nullable Boolean allDay,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Size(max = 500) @Nullable String location,
            @Size(max = 10_000) @Nullable String description,
            @Nullable UUID projectId,
            @Size(max = MOST_ATTENDEES) @Nullable List<@NotNull UUID> memberIds,
            @Size(max = MOST_ATTENDEES) @Nullable List<@NotNull UUID> contactIds,
            @Nullable Boolean allowOverlap) {

        EventDetails details() {
            return EventRequests.details(
                    title,
                    type,
                    allDay,
                    startsAt,
                    endsAt,
                    startDate,
                    endDate,
                    location,
                    description,
                    projectId,
                    memberIds,
                    contactIds);
        }

        boolean overlapAllowed() {
            return Boolean.TRUE.equals(allowOverlap);
        }
    }

    record UpdateCalendarEvent(
            @NotBlank @Size(max = 300) String title,
            @NotNull EventType type,
            @Nullable Boolean allDay,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Size(max = 500) @Nullable String location,
            @Size(max = 10_000) @Nullable String description,
            @Nullable UUID projectId,
            @Size(max = MOST_ATTENDEES) @Nullable List<@NotNull UUID> memberIds,
            @Size(max = MOST_ATTENDEES) @Nullable List<@NotNull UUID> contactIds,
            @Nullable Boolean allowOverlap,
            @NotNull @PositiveOrZero Long version) {

        EventDetails details() {
            return EventRequests.details(
                    title,
                    type,
                    allDay,
                    startsAt,
                    endsAt,
                    startDate,
                    endDate,
                    location,
                    description,
                    projectId,
                    memberIds,
                    contactIds);
        }

        boolean overlapAllowed() {
            return Boolean.TRUE.equals(allowOverlap);
        }
    }

    private static EventDetails details(
            String title,
            EventType type,
            @Nullable Boolean allDay,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String location,
            @Nullable String description,
            @Nullable UUID projectId,
            @Nullable List<UUID> memberIds,
            @Nullable List<UUID> contactIds) {
        return new EventDetails(
                title,
                type,
                Boolean.TRUE.equals(allDay),
                startsAt,
                endsAt,
                startDate,
                endDate,
                location,
                description,
                projectId,
                memberIds == null ? Set.of() : Set.copyOf(memberIds),
                contactIds == null ? Set.of() : Set.copyOf(contactIds));
    }
}
