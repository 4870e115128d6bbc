package com.mediaflow.proposals;

import com.mediaflow.shared.ratelimit.RateLimitProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param frontendUrl where the front end runs; e-mails to the team link to its
 *     {@code /proposals/{id}} page
 * @param publicUrl where this back end is reached by clients; the links sent to them are
 *     {@code <public-url>/p/{token}}
 * @param publicLimit requests per client IP and link on the public routes
 * @param maxVisibleMillis the most time on page one beacon may add (larger values are capped)
 */
@ConfigurationProperties("mediaflow.proposals")
@Validated
public record ProposalsProperties(
        @NotBlank @DefaultValue("http://localhost:3000") String frontendUrl,
        @NotBlank @DefaultValue("http://localhost:8080") String publicUrl,
        @Valid @NotNull RateLimitProperties.Plan publicLimit,
        @Min(1000) @DefaultValue("1800000") long maxVisibleMillis) {

    public ProposalsProperties {
        if (publicLimit == null) {
            publicLimit = new RateLimitProperties.Plan(60, Duration.ofMinutes(1));
        }
    }

    /** The proposal's page in the front end. */
    public String proposalLink(java.util.UUID proposalId) {
        return frontendUrl.replaceAll("/+$", "") + "/proposals/" + proposalId;
    }

    /** The client's link to the public page. */
    public String publicLink(String token) {
        return publicUrl.replaceAll("/+$", "") + "/p/" + token;
    }
}
