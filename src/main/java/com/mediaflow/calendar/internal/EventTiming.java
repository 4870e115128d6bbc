package com.mediaflow.calendar.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * When an event happens: from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). An all-day
 * event covers the whole days {@code startDate}..{@code endDate} (inclusive) in the studio's time
 * zone; its instants are the bounds of those days there. Times are kept to the second.
 */
public record EventTiming(
        Instant startsAt,
        Instant endsAt,
        boolean allDay,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate) {

    /** The longest an event may last; it keeps double-booking checks and windows bounded. */
    static final Duration LONGEST = Duration.ofDays(366);

    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 9998;

    public EventTiming {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An event must end after it starts");
        }
        if (allDay != (startDate != null) || allDay != (endDate != null)) {
            throw new IllegalArgumentException("Exactly the all-day events have dates");
        }
    }

    /**
     * The timing a request asks for, checked field by field.
     *
     * @throws InvalidInputException naming the first field that breaks a rule
     */
    public static EventTiming requested(
            boolean allDay,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            ZoneId studioZone) {
        return allDay
                ? wholeDays(startsAt, endsAt, startDate, endDate, studioZone)
                : between(startsAt, endsAt, startDate, endDate);
    }

    private static EventTiming between(
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate) {
        if (startDate != null) {
            throw InvalidInputException.field("start_date", "is only for all-day events (all_day: true)");
        }
        if (endDate != null) {
            throw InvalidInputException.field("end_date", "is only for all-day events (all_day: true)");
        }
        if (startsAt == null) {
            throw InvalidInputException.field("starts_at", "is required unless the event is all-day");
        }
        if (endsAt == null) {
            throw InvalidInputException.field("ends_at", "is required unless the event is all-day");
        }
        var start = startsAt.truncatedTo(ChronoUnit.SECONDS);
        var end = endsAt.truncatedTo(ChronoUnit.SECONDS);
        requireSupportedYear("starts_at", start.atZone(ZoneId.of("UTC")).getYear());
        requireSupportedYear("ends_at", end.atZone(ZoneId.of("UTC")).getYear());
        if (!end.isAfter(start)) {
            throw InvalidInputException.field("ends_at", "must be after starts_at");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw InvalidInputException.field("ends_at", "must be at most 366 days after starts_at");
        }
        return new EventTiming(start, end, false, null, null);
    }

    private static EventTiming wholeDays(
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            ZoneId zone) {
        if (startsAt != null) {
            throw InvalidInputException.field(
                    "starts_at", "must be left out of an all-day event; give start_date and end_date");
        }
        if (endsAt != null) {
            throw InvalidInputException.field(
                    "ends_at", "must be left out of an all-day event; give start_date and end_date");
        }
        if (startDate == null) {
            throw InvalidInputException.field("start_date", "is required for an all-day event");
        }
        var lastDay = endDate == null ? startDate : endDate;
        requireSupportedYear("start_date", startDate.getYear());
        requireSupportedYear("end_date", lastDay.getYear());
        if (lastDay.isBefore(startDate)) {
            throw InvalidInputException.field("end_date", "must be on or after start_date");
        }
        if (ChronoUnit.DAYS.between(startDate, lastDay) + 1 > LONGEST.toDays()) {
            throw InvalidInputException.field("end_date", "must be at most 366 days from start_date");
        }
        return new EventTiming(
                startDate.atStartOfDay(zone).toInstant(),
                lastDay.plusDays(1).atStartOfDay(zone).toInstant(),
                true,
                startDate,
                lastDay);
    }

    private static void requireSupportedYear(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.field(field, "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
