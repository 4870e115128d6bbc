package com.mediaflow.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Under the {@code prod} profile, refuses to start unless the database, Redis, an SMTP server, a
 * real JWT secret and the public address clients open proposal links at are configured, and names
 * everything that is missing at once.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

    static final String DEVELOPMENT_SECRET_MARKER = "dev-only";

    private static final Pattern LOCAL_ADDRESS = Pattern.compile("^https?://(localhost|127\\.|\\[::1])");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            problems.add("DATABASE_URL is not set (the PostgreSQL server to use)");
        }
        if (!environment.containsProperty("spring.data.redis.url")
                && !environment.containsProperty("spring.data.redis.host")) {
            problems.add("REDIS_URL is not set (the Redis server to use)");
        }
        if (!environment.containsProperty("spring.mail.host")) {
            problems.add("SPRING_MAIL_HOST is not set (the SMTP server the e-mail outbox sends through)");
        }
        var secret = environment.getProperty("mediaflow.auth.jwt.secret", "");
        if (secret.isBlank()) {
            problems.add("JWT_SECRET is not set");
        } else if (secret.contains(DEVELOPMENT_SECRET_MARKER)) {
            problems.add("JWT_SECRET is the development default; generate one with `openssl rand -base64 48`");
        } else if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            problems.add("JWT_SECRET is shorter than 32 bytes");
        }
        var publicUrl = environment.getProperty("mediaflow.proposals.public-url", "");
        if (publicUrl.isBlank() || LOCAL_ADDRESS.matcher(publicUrl).find()) {
            problems.add("PUBLIC_URL is not set (the address clients open the proposal links e-mailed to them at)");
        }
        if (!problems.isEmpty()) {
            throw new InsecureConfigurationException(problems);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 5;
    }
}
