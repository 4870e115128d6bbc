package com.mediaflow.team;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationTtl how long an invitation link works
 * @param frontendUrl where the front end runs; invitation links point at its {@code /invitations/{token}} page
 */
@ConfigurationProperties("mediaflow.team")
public record TeamProperties(
        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("http://localhost:3000") String frontendUrl) {}
