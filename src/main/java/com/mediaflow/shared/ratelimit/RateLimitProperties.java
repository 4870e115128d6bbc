package com.mediaflow.shared.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits, shared by all instances through Redis. {@code auth} counts per client IP and
 * account (5 per 15 minutes), {@code api} per member, or per IP before sign-in (100 per 15
 * minutes), {@code uploads} per member (10 per hour), {@code publicPages} per IP (60 per minute).
 */
@ConfigurationProperties("mediaflow.rate-limit")
@Validated
public record RateLimitProperties(
        boolean enabled,
        @Valid Plan auth,
        @Valid Plan api,
        @Valid Plan uploads,
        @Valid Plan publicPages) {

    public RateLimitProperties(
            @DefaultValue("true") boolean enabled,
            @Nullable Plan auth,
            @Nullable Plan api,
            @Nullable Plan uploads,
            @Nullable Plan publicPages) {
        this.enabled = enabled;
        this.auth = auth != null ? auth : new Plan(5, Duration.ofMinutes(15));
        this.api = api != null ? api : new Plan(100, Duration.ofMinutes(15));
        this.uploads = uploads != null ? uploads : new Plan(10, Duration.ofHours(1));
        this.publicPages = publicPages != null ? publicPages : new Plan(60, Duration.ofMinutes(1));
    }

    public record Plan(@Min(1) long capacity, @NotNull Duration period) {}
}
