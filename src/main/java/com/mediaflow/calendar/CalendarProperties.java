package com.mediaflow.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Calendar settings.
 *
 * @param feedKey keys the members' secret feed URLs (at least 32 characters). The database keeps only
 *     a random seed and the SHA-256 of each URL's secret, so it cannot hand out working URLs on its
 *     own. Changing the key changes every member's URL. Defaults to the JWT secret.
 * @param feedPast how far back a feed reaches
 * @param feedAhead how far ahead a feed reaches
 */
@ConfigurationProperties("mediaflow.calendar")
@Validated
public record CalendarProperties(
        @NotBlank @Size(min = 32, message = "must be at least 32 characters")
        String feedKey,

        @NotNull @DefaultValue("90d") Duration feedPast,
        @NotNull @DefaultValue("365d") Duration feedAhead) {}
