package com.mediaflow.calendar.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The span of time a calendar list covers, {@code from} inclusive and {@code to} exclusive; an
 * event belongs to it when the two overlap. Bounds may be dates, read as whole days in the studio's
 * time zone ({@code to} then includes its day), or date-times with an offset, read exactly.
 */
record EventWindow(Instant from, Instant to) {

    static final Duration LONGEST = Duration.ofDays(366);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    EventWindow {
        if (!to.isAfter(from)) {
            throw InvalidInputException.field("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw InvalidInputException.field("to", "must be at most 366 days after from");
        }
    }

    /**
     * The window a request asks for: both bounds, or neither for the month of {@code today}.
     *
     * @throws InvalidInputException when only one bound is given, a bound cannot be read, or the window is empty or
     *     longer than 366 days
     */
    static EventWindow requested(@Nullable String from, @Nullable String to, ZoneId zone, LocalDate today) {
        var hasFrom = from != null && !from.isBlank();
        var hasTo = to != null && !to.isBlank();
        if (!hasFrom && !hasTo) {
            var first = today.withDayOfMonth(1);
            return new EventWindow(
                    first.atStartOfDay(zone).toInstant(),
                    first.plusMonths(1).atStartOfDay(zone).toInstant());
        }
        if (!hasTo) {
            throw InvalidInputException.field("to", "is required when from is given");
        }
        if (!hasFrom) {
            throw InvalidInputException.field("from", "is required when to is given");
        }
        return new EventWindow(bound("from", from, zone, false), bound("to", to, zone, true));
    }

    private static Instant bound(String field, String value, ZoneId zone, boolean endOfDay) {
        var text = value.strip();
        try {
            Instant instant;
            if (DATE.matcher(text).matches()) {
                var day = LocalDate.parse(text);
                instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            } else {
                // An unencoded '+' in a query string arrives as a space: "09:00:00 02:00" means "+02:00".
                instant = OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
            }
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw InvalidInputException.field(field, "must be between the years 1970 and 9998");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(
                    field, "must be a date (2026-03-01) or a date-time with offset (2026-03-01T09:00:00Z)");
        }
    }
}
