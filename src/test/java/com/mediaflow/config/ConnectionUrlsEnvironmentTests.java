package com.mediaflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ConnectionUrlsEnvironmentTests {

    @Test
    void aHerokuStyleDatabaseUrlBecomesJdbcSettings() {
        var properties = ConnectionUrlsEnvironment.datasource(
                "postgres://studio:s%40cret@db.internal:6543/mediaflow?sslmode=require");

        assertThat(properties)
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:6543/mediaflow?sslmode=require")
                .containsEntry("spring.datasource.username", "studio")
                .containsEntry("spring.datasource.password", "s@cret");
    }

    @Test
    void aJdbcUrlIsTakenAsItIs() {
        assertThat(ConnectionUrlsEnvironment.datasource("jdbc:postgresql://db:5432/mediaflow"))
                .isEqualTo(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/mediaflow"));
    }

    @Test
    void anotherDatabaseIsRefused() {
        assertThatThrownBy(() -> ConnectionUrlsEnvironment.datasource("mysql://db/mediaflow"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void environmentVariablesFillSpringsSettingsUnlessThoseAreSet() {
        var environment = new MockEnvironment()
                .withProperty("DATABASE_URL", "postgresql://app@db/mediaflow")
                .withProperty("REDIS_URL", "redis://cache:6379");

        new ConnectionUrlsEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/mediaflow");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
        assertThat(environment.getProperty("spring.data.redis.url")).isEqualTo("redis://cache:6379");
    }
}
