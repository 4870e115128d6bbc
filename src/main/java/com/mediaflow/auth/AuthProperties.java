package com.mediaflow.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings.
 *
 * @param jwt the access token: HS256 with {@code secret} (at least 32 bytes), valid for {@code accessTokenTtl}
 * @param refreshTokenTtl how long a refresh token lives; every use rotates it
 * @param passwordResetTtl how long a password-reset link works
 * @param maxFailedLogins consecutive failures that lock an account
 * @param lockout how long a locked account stays locked
 * @param bcryptStrength the BCrypt work factor of stored passwords
 * @param cookieSecure whether the refresh cookie is {@code Secure} (keep true outside local HTTP tests)
 * @param frontendUrl where the front end runs; password-reset links point at its {@code /reset-password} page
 */
@ConfigurationProperties("mediaflow.auth")
@Validated
public record AuthProperties(
        @Valid @NotNull Jwt jwt,
        @DefaultValue("7d") Duration refreshTokenTtl,
        @DefaultValue("1h") Duration passwordResetTtl,
        @DefaultValue("5") @Min(1) int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("12") @Min(4) @Max(31) int bcryptStrength,
        @DefaultValue("true") boolean cookieSecure,
        @DefaultValue("http://localhost:3000") String frontendUrl) {

    public record Jwt(
            @NotBlank String secret,
            @DefaultValue("mediaflow") String issuer,
            @DefaultValue("15m") Duration accessTokenTtl) {}
}
