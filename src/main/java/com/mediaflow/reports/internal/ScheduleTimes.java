package com.mediaflow.reports.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * When a schedule is due, and which days its report covers, on the studio's wall clock. A monthly
 * day beyond a month's end (the 31st in April) falls on the month's last day; a time that does not
 * exist on a spring-forward day is moved forward by the gap, and one that exists twice on a
 * fall-back day is the earlier of the two.
 */
public record ScheduleTimes(
        ScheduleFrequency frequency,
        LocalTime timeOfDay,
        @Nullable DayOfWeek dayOfWeek,
        @Nullable Integer dayOfMonth,
        ZoneId zone) {

    public ScheduleTimes {
        if ((frequency == ScheduleFrequency.WEEKLY) != (dayOfWeek != null)) {
            throw new IllegalArgumentException("A weekly schedule, and only it, has a weekday");
        }
        if ((frequency == ScheduleFrequency.MONTHLY) != (dayOfMonth != null)) {
            throw new IllegalArgumentException("A monthly schedule, and only it, has a day of the month");
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("A day of the month is 1 to 31");
        }
    }

    /** The first due time strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        var day = after.atZone(zone).toLocalDate().minusDays(1);
        while (true) {
            var candidate = dueOn(day);
            if (candidate != null && candidate.isAfter(after)) {
                return candidate;
            }
            day = day.plusDays(1);
        }
    }

    /** The days the report sent at {@code due} covers: the day, week or month before it. */
    public LocalDate[] periodFor(Instant due) {
        var day = due.atZone(zone).toLocalDate();
        return switch (frequency) {
            case DAILY -> new LocalDate[] {day.minusDays(1), day.minusDays(1)};
            case WEEKLY -> {
                var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .minusWeeks(1);
                yield new LocalDate[] {monday, monday.plusDays(6)};
            }
            case MONTHLY -> {
                var previous = YearMonth.from(day).minusMonths(1);
                yield new LocalDate[] {previous.atDay(1), previous.atEndOfMonth()};
            }
        };
    }

    private @Nullable Instant dueOn(LocalDate day) {
        var matches = switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek;
            case MONTHLY -> day.getDayOfMonth() == Math.min(dayOfMonth, day.lengthOfMonth());
        };
        return matches ? ZonedDateTime.of(day, timeOfDay, zone).toInstant() : null;
    }
}
