package com.mediaflow.calendar.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A double booking: {@code memberName} already attends event {@code id} ({@code title}), which
 * overlaps the event being saved. The title of an event the viewer may not see reads "Busy".
 */
public record Clash(UUID id, String title, Instant startsAt, Instant endsAt, UUID memberId, String memberName) {}
