package com.mediaflow.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads {@code DATABASE_URL} and {@code REDIS_URL}, the variables hosting platforms set, into
 * Spring's properties. {@code DATABASE_URL} may be a JDBC URL or a {@code postgres://user:pass@host/db}
 * URL; explicit {@code SPRING_DATASOURCE_*} settings still win.
 */
public class ConnectionUrlsEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        var databaseUrl = environment.getProperty("DATABASE_URL");
        if (databaseUrl != null && !databaseUrl.isBlank() && !environment.containsProperty("spring.datasource.url")) {
            properties.putAll(datasource(databaseUrl.trim()));
        }
        var redisUrl = environment.getProperty("REDIS_URL");
        if (redisUrl != null && !redisUrl.isBlank() && !environment.containsProperty("spring.data.redis.url")) {
            properties.put("spring.data.redis.url", redisUrl.trim());
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("connectionUrls", properties));
        }
    }

    static Map<String, Object> datasource(String url) {
        if (url.startsWith("jdbc:")) {
            return Map.of("spring.datasource.url", url);
        }
        var uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must be jdbc:postgresql://... or postgres://...");
        }
        Map<String, Object> properties = new HashMap<>();
        var port = uri.getPort() < 0 ? 5432 : uri.getPort();
        var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        properties.put(
                "spring.datasource.url", "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
        var userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            var separator = userInfo.indexOf(':');
            var user = separator < 0 ? userInfo : userInfo.substring(0, separator);
            properties.put("spring.datasource.username", URLDecoder.decode(user, StandardCharsets.UTF_8));
            if (separator >= 0) {
                properties.put(
                        "spring.datasource.password",
                        URLDecoder.decode(userInfo.substring(separator + 1), StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @Override
    public int getOrder() {
        // After the configuration files are read, before the embedded servers decide whether to start.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
