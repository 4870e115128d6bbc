package com.mediaflow.shared.ratelimit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/** What is left of a limit, sent as the {@code RateLimit-*} headers. */
public record RateLimitStatus(long limit, long remaining, Duration reset) {

    static RateLimitStatus unlimited(RateLimitProperties.Plan plan) {
        return new RateLimitStatus(plan.capacity(), plan.capacity(), Duration.ZERO);
    }

    public long resetSeconds() {
        return Math.max(0, (reset.toMillis() + 999) / 1000);
    }

    public void writeHeaders(HttpServletResponse response) {
        response.setHeader("RateLimit-Limit", Long.toString(limit));
        response.setHeader("RateLimit-Remaining", Long.toString(remaining));
        response.setHeader("RateLimit-Reset", Long.toString(resetSeconds()));
    }
}
