package com.mediaflow.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a test class an application context of its own on a new, empty database of the shared
 * PostgreSQL server, for rules that only hold on an empty system (the first sign-up becomes owner).
 * Use together with {@link IntegrationTest}:
 * {@code @ContextConfiguration(initializers = FreshDatabase.class)}.
 */
public final class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new TestInfrastructure().initialize(context);
        var environment = context.getEnvironment();
        var url = environment.getRequiredProperty("spring.datasource.url");
        var user = environment.getRequiredProperty("spring.datasource.username");
        var password = environment.getRequiredProperty("spring.datasource.password");
        var name = "fresh_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a fresh test database", e);
        }
        var freshUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("freshDatabase", Map.of("spring.datasource.url", freshUrl)));
    }
}
