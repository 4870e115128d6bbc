package com.mediaflow.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTimesTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dailyIsDueAtTheTimeOfDayInTheStudiosZoneAndCoversYesterday() {
        var times = new ScheduleTimes(ScheduleFrequency.DAILY, LocalTime.of(7, 30), null, null, BERLIN);

        var before = times.nextAfter(Instant.parse("2026-03-10T06:00:00Z"));
        var after = times.nextAfter(Instant.parse("2026-03-10T06:30:00Z"));

        assertThat(before).isEqualTo(Instant.parse("2026-03-10T06:30:00Z"));
        assertThat(after).as("strictly after").isEqualTo(Instant.parse("2026-03-11T06:30:00Z"));
        assertThat(times.periodFor(before)).containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9));
    }

    @Test
    void weeklyFallsOnItsWeekdayAndCoversLastMondayToSunday() {
        var times = new ScheduleTimes(ScheduleFrequency.WEEKLY, LocalTime.of(8, 0), DayOfWeek.MONDAY, null, BERLIN);

        var due = times.nextAfter(Instant.parse("2026-03-11T12:00:00Z"));

        assertThat(due).isEqualTo(Instant.parse("2026-03-16T07:00:00Z"));
        assertThat(times.periodFor(due)).containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15));
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShorterMonthsAndCoversTheMonthBefore() {
        var times = new ScheduleTimes(ScheduleFrequency.MONTHLY, LocalTime.of(9, 0), null, 31, BERLIN);

        var april = times.nextAfter(Instant.parse("2026-04-01T00:00:00Z"));
        var may = times.nextAfter(april);

        assertThat(april).isEqualTo(Instant.parse("2026-04-30T07:00:00Z"));
        assertThat(may).isEqualTo(Instant.parse("2026-05-31T07:00:00Z"));
        assertThat(times.periodFor(april)).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        var firstOfMonth = new ScheduleTimes(ScheduleFrequency.MONTHLY, LocalTime.of(6, 0), null, 1, BERLIN);
        var january = firstOfMonth.nextAfter(Instant.parse("2025-12-15T00:00:00Z"));
        assertThat(firstOfMonth.periodFor(january))
                .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void aTimeSkippedBySpringForwardMovesOnByTheGapAndEachDayStaysOnce() {
        var times = new ScheduleTimes(ScheduleFrequency.DAILY, LocalTime.of(2, 30), null, null, BERLIN);

        var skipped = times.nextAfter(Instant.parse("2026-03-28T12:00:00Z"));
        var next = times.nextAfter(skipped);

        assertThat(skipped).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(next).isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
        var fallBack = times.nextAfter(Instant.parse("2026-10-24T12:00:00Z"));
        assertThat(times.nextAfter(fallBack)).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
    }

    @Test
    void onlyWeeklyHasAWeekdayAndOnlyMonthlyADay() {
        assertThatThrownBy(() ->
                        new ScheduleTimes(ScheduleFrequency.DAILY, LocalTime.NOON, DayOfWeek.MONDAY, null, BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScheduleTimes(ScheduleFrequency.MONTHLY, LocalTime.NOON, null, null, BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScheduleTimes(ScheduleFrequency.MONTHLY, LocalTime.NOON, null, 32, BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
