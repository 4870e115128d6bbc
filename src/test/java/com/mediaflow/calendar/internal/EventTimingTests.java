package com.mediaflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EventTimingTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void timedEventsKeepTheirInstantsToTheSecond() {
        var timing = EventTiming.requested(
                false,
                Instant.parse("2031-05-12T09:00:00.999Z"),
                Instant.parse("2031-05-12T10:30:00.001Z"),
                null,
                null,
                BERLIN);

        assertThat(timing.startsAt()).isEqualTo("2031-05-12T09:00:00Z");
        assertThat(timing.endsAt()).isEqualTo("2031-05-12T10:30:00Z");
        assertThat(timing.allDay()).isFalse();
        assertThat(timing.startDate()).isNull();
        assertThat(timing.endDate()).isNull();
    }

    @Test
    void anAllDayEventSpansItsDaysInTheStudiosTimeZone() {
        var timing = EventTiming.requested(
                true, null, null, LocalDate.parse("2031-07-01"), LocalDate.parse("2031-07-02"), BERLIN);

        assertThat(timing.startsAt()).isEqualTo("2031-06-30T22:00:00Z");
        assertThat(timing.endsAt()).isEqualTo("2031-07-02T22:00:00Z");
        assertThat(timing.startDate()).isEqualTo("2031-07-01");
        assertThat(timing.endDate()).isEqualTo("2031-07-02");
    }

    @Test
    void theDayClocksGoForwardIsTwentyThreeHoursLong() {
        var timing = EventTiming.requested(true, null, null, LocalDate.parse("2031-03-30"), null, BERLIN);

        assertThat(timing.startsAt()).isEqualTo("2031-03-29T23:00:00Z");
        assertThat(timing.endsAt()).isEqualTo("2031-03-30T22:00:00Z");
        assertThat(timing.endDate()).as("one day when no end date is given").isEqualTo("2031-03-30");
    }

    @Test
    void aTimedEventMustEndAfterItStartsAndLastAtMost366Days() {
        var nine = Instant.parse("2031-05-12T09:00:00Z");

        assertField("ends_at", "must be after starts_at", () -> timed(nine, nine));
        assertField("ends_at", "must be after starts_at", () -> timed(nine, nine.plusMillis(500)));
        assertField("ends_at", "must be after starts_at", () -> timed(nine, nine.minusSeconds(60)));
        assertField("ends_at", "at most 366 days", () -> timed(nine, nine.plusSeconds(366L * 86400 + 1)));
        assertThat(timed(nine, nine.plusSeconds(366L * 86400)).endsAt()).isEqualTo("2032-05-12T09:00:00Z");
    }

    @Test
    void timedAndAllDayFieldsAreNotMixed() {
        var nine = Instant.parse("2031-05-12T09:00:00Z");
        var day = LocalDate.parse("2031-05-12");

        assertField("starts_at", "is required", () -> EventTiming.requested(false, null, nine, null, null, UTC));
        assertField("ends_at", "is required", () -> EventTiming.requested(false, nine, null, null, null, UTC));
        assertField(
                "start_date",
                "only for all-day events",
                () -> EventTiming.requested(false, nine, nine.plusSeconds(60), day, null, UTC));
        assertField(
                "end_date",
                "only for all-day events",
                () -> EventTiming.requested(false, nine, nine.plusSeconds(60), null, day, UTC));
        assertField("starts_at", "left out", () -> EventTiming.requested(true, nine, null, day, null, UTC));
        assertField("ends_at", "left out", () -> EventTiming.requested(true, null, nine, day, null, UTC));
        assertField("start_date", "is required", () -> EventTiming.requested(true, null, null, null, day, UTC));
    }

    @Test
    void allDayEventsRunForwardAndAtMost366Days() {
        var day = LocalDate.parse("2031-05-12");

        assertField(
                "end_date",
                "on or after start_date",
                () -> EventTiming.requested(true, null, null, day, day.minusDays(1), UTC));
        assertField(
                "end_date",
                "at most 366 days",
                () -> EventTiming.requested(true, null, null, day, day.plusDays(366), UTC));
        assertThat(EventTiming.requested(true, null, null, day, day.plusDays(365), UTC)
                        .endDate())
                .isEqualTo(day.plusDays(365));
    }

    @Test
    void timesOutsideTheSupportedYearsAreRejected() {
        assertField(
                "starts_at",
                "between the years",
                () -> timed(Instant.parse("1969-12-31T23:00:00Z"), Instant.parse("1970-01-01T01:00:00Z")));
        assertField(
                "start_date",
                "between the years",
                () -> EventTiming.requested(true, null, null, LocalDate.of(99999, 1, 1), null, UTC));
    }

    private static EventTiming timed(Instant startsAt, Instant endsAt) {
        return EventTiming.requested(false, startsAt, endsAt, null, null, UTC);
    }

    private static void assertField(String field, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).contains(message);
        });
    }
}
