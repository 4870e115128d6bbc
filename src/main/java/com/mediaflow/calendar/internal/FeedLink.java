package com.mediaflow.calendar.internal;

import java.time.Instant;

/** The secret of a member's feed URL, and when it was issued. Shown to the member only. */
public record FeedLink(String secret, Instant issuedAt) {}
