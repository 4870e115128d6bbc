package com.mediaflow.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** PostgreSQL keeps microseconds: times are cut to that, so what a write returns is what a read shows. */
final class Moments {

    private Moments() {}

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
