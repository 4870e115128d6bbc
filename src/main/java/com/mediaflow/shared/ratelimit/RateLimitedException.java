package com.mediaflow.shared.ratelimit;

import com.mediaflow.shared.web.ApiException;
import com.mediaflow.shared.web.ErrorCode;

/** The caller used up a rate limit; answered with {@code 429} and {@code Retry-After}. */
public class RateLimitedException extends ApiException {

    private final RateLimitStatus status;

    RateLimitedException(RateLimitStatus status) {
        super(
                ErrorCode.RATE_LIMITED,
                "Too many requests; retry after " + Math.max(1, status.resetSeconds()) + " seconds");
        this.status = status;
    }

    public RateLimitStatus status() {
        return status;
    }
}
