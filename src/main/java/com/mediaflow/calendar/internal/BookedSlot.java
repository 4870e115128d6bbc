package com.mediaflow.calendar.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One member's place in one event, as the double-booking query finds it. */
record BookedSlot(
        UUID eventId,
        String title,
        Instant startsAt,
        Instant endsAt,
        @Nullable UUID projectId,
        UUID memberId) {}
