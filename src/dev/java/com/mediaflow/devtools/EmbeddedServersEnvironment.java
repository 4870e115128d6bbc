package com.mediaflow.devtools;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL, Redis and mailbox before the application context is built, when no
 * real servers are configured. Runs after the configuration files and {@code DATABASE_URL} have
 * been read, so a configured server always wins; never runs under the {@code prod} profile.
 */
public class EmbeddedServersEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("mediaflow.embedded.enabled", Boolean.class, true)
                || environment.matchesProfiles("prod")) {
            return;
        }
        var settings = EmbeddedSettings.from(environment);
        var servers = EmbeddedServers.start(
                settings, needsDatabase(environment), needsRedis(environment), needsMail(environment));
        Map<String, Object> properties = new HashMap<>();
        servers.postgresJdbcUrl().ifPresent(url -> {
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "postgres");
        });
        servers.redisPort().ifPresent(port -> properties.put("spring.data.redis.url", "redis://127.0.0.1:" + port));
        servers.smtpPort().ifPresent(port -> {
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", port);
            properties.put("mediaflow.embedded.mailbox", true);
        });
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedServers", properties));
    }

    private static boolean needsDatabase(ConfigurableEnvironment environment) {
        return !environment.containsProperty("spring.datasource.url");
    }

    private static boolean needsRedis(ConfigurableEnvironment environment) {
        return !environment.containsProperty("spring.data.redis.url")
                && !environment.containsProperty("spring.data.redis.host");
    }

    private static boolean needsMail(ConfigurableEnvironment environment) {
        return !environment.containsProperty("spring.mail.host");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    record EmbeddedSettings(Path dataDirectory, int postgresPort, int redisPort, int smtpPort) {

        static EmbeddedSettings from(ConfigurableEnvironment environment) {
            return new EmbeddedSettings(
                    Path.of(environment.getProperty("mediaflow.embedded.data-dir", "data"))
                            .toAbsolutePath()
                            .normalize(),
                    environment.getProperty("mediaflow.embedded.postgres-port", Integer.class, 54329),
                    environment.getProperty("mediaflow.embedded.redis-port", Integer.class, 63790),
                    environment.getProperty("mediaflow.embedded.smtp-port", Integer.class, 3025));
        }
    }
}
