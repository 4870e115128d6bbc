package com.mediaflow.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The front-end origins allowed to call the API with credentials (the refresh cookie). */
@ConfigurationProperties("mediaflow.cors")
public record CorsProperties(
        @DefaultValue("http://localhost:3000") List<String> allowedOrigins) {}
