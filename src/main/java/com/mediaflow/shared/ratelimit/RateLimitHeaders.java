package com.mediaflow.shared.ratelimit;

import jakarta.servlet.http.HttpServletResponse;

/** The headers of a {@code 429}: the limit's state plus {@code Retry-After} in whole seconds. */
public final class RateLimitHeaders {

    private RateLimitHeaders() {}

    public static void write(HttpServletResponse response, RateLimitedException e) {
        e.status().writeHeaders(response);
        response.setHeader("Retry-After", Long.toString(Math.max(1, e.status().resetSeconds())));
    }
}
