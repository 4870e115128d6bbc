package com.mediaflow.analytics.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param cacheTtl how long a cached figure lives at most; changes to the data invalidate it sooner
 * @param cacheEnabled whether figures are cached in Redis at all
 * @param hoursPerDay the hours an active member is available on each working day (Monday to Friday)
 */
@ConfigurationProperties("mediaflow.analytics")
@Validated
public record AnalyticsProperties(
        @NotNull @DefaultValue("10m") Duration cacheTtl,
        @DefaultValue("true") boolean cacheEnabled,

        @NotNull @DecimalMin("0.5") @DecimalMax("24") @DefaultValue("8")
        BigDecimal hoursPerDay) {}
