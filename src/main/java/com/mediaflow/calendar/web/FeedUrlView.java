package com.mediaflow.calendar.web;

import java.time.Instant;

/**
 * A member's calendar subscription: {@code url} for calendar apps that take an https address,
 * {@code webcal_url} for those that open {@code webcal:} links, and when the address was issued.
 */
record FeedUrlView(String url, String webcalUrl, Instant issuedAt) {}
