package com.mediaflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EventWindowTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.parse("2031-02-14");

    @Test
    void withoutBoundsItIsTheCurrentMonthInTheStudiosTimeZone() {
        var window = EventWindow.requested(null, " ", BERLIN, TODAY);

        assertThat(window.from()).isEqualTo("2031-01-31T23:00:00Z");
        assertThat(window.to()).isEqualTo("2031-02-28T23:00:00Z");
    }

    @Test
    void datesAreWholeDaysAndTheEndDateIsIncluded() {
        var window = EventWindow.requested("2031-06-01", "2031-06-30", BERLIN, TODAY);

        assertThat(window.from()).isEqualTo("2031-05-31T22:00:00Z");
        assertThat(window.to()).isEqualTo("2031-06-30T22:00:00Z");
        assertThat(EventWindow.requested("2031-06-01", "2031-06-01", BERLIN, TODAY)
                        .to())
                .isEqualTo("2031-06-01T22:00:00Z");
    }

    @Test
    void dateTimesAreReadExactlyAndTheEndIsExclusive() {
        var window = EventWindow.requested("2031-06-01T09:00:00+02:00", "2031-06-01T18:00:00Z", BERLIN, TODAY);

        assertThat(window.from()).isEqualTo("2031-06-01T07:00:00Z");
        assertThat(window.to()).isEqualTo("2031-06-01T18:00:00Z");
    }

    @Test
    void anOffsetWhosePlusArrivedAsASpaceIsStillRead() {
        var window = EventWindow.requested("2031-06-01T09:00:00 02:00", "2031-06-02", BERLIN, TODAY);

        assertThat(window.from()).isEqualTo("2031-06-01T07:00:00Z");
    }

    @Test
    void badWindowsAreRejectedNamingTheParameter() {
        assertField(
                "to", "is required when from is given", () -> EventWindow.requested("2031-06-01", null, BERLIN, TODAY));
        assertField(
                "from", "is required when to is given", () -> EventWindow.requested(null, "2031-06-01", BERLIN, TODAY));
        assertField("from", "must be a date", () -> EventWindow.requested("June", "2031-06-01", BERLIN, TODAY));
        assertField("to", "must be a date", () -> EventWindow.requested("2031-06-01", "2031-06-31", BERLIN, TODAY));
        assertField(
                "to",
                "must be a date",
                () -> EventWindow.requested("2031-06-01", "2031-06-02T10:00:00", BERLIN, TODAY));
        assertField("to", "must be after from", () -> EventWindow.requested("2031-06-02", "2031-06-01", BERLIN, TODAY));
        assertField(
                "to",
                "must be after from",
                () -> EventWindow.requested("2031-06-01T10:00:00Z", "2031-06-01T10:00:00Z", BERLIN, TODAY));
        assertField("to", "at most 366 days", () -> EventWindow.requested("2031-01-01", "2032-01-02", BERLIN, TODAY));
        assertField(
                "from", "between the years", () -> EventWindow.requested("1969-12-01", "1970-01-02", BERLIN, TODAY));
    }

    @Test
    void aWholeLeapYearFits() {
        var window = EventWindow.requested("2032-01-01", "2032-12-31", BERLIN, TODAY);

        assertThat(window.to()).isEqualTo("2032-12-31T23:00:00Z");
    }

    private static void assertField(String field, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).contains(message);
        });
    }
}
