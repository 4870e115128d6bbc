package com.mediaflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTests {

    private final ProductionGuard guard = new ProductionGuard();

    @Test
    void prodRefusesToStartAndNamesEverythingMissing() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("mediaflow.auth.jwt.secret", "dev-only-insecure-jwt-secret-do-not-use-in-production");

        var failure = catchThrowableOfType(
                InsecureConfigurationException.class,
                () -> guard.postProcessEnvironment(environment, new SpringApplication()));

        assertThat(failure.problems())
                .hasSize(5)
                .anySatisfy(problem -> assertThat(problem).contains("DATABASE_URL"))
                .anySatisfy(problem -> assertThat(problem).contains("REDIS_URL"))
                .anySatisfy(problem -> assertThat(problem).contains("SPRING_MAIL_HOST"))
                .anySatisfy(problem -> assertThat(problem).contains("development default"))
                .anySatisfy(problem -> assertThat(problem).contains("PUBLIC_URL"));
    }

    @Test
    void proposalLinksToLocalhostAreRefused() {
        var environment = configured("k3V9s2QfX8pL1mN7rT4wY6zA0bC5dE8gH2jK")
                .withProperty("mediaflow.proposals.public-url", "http://localhost:8080");

        var failure = catchThrowableOfType(
                InsecureConfigurationException.class,
                () -> guard.postProcessEnvironment(environment, new SpringApplication()));

        assertThat(failure.problems()).singleElement().asString().contains("PUBLIC_URL");
    }

    @Test
    void aShortSecretIsRefused() {
        var environment = configured("too-short");

        var failure = catchThrowableOfType(
                InsecureConfigurationException.class,
                () -> guard.postProcessEnvironment(environment, new SpringApplication()));

        assertThat(failure.problems()).singleElement().asString().contains("32 bytes");
    }

    @Test
    void aCompleteConfigurationStarts() {
        var environment = configured("k3V9s2QfX8pL1mN7rT4wY6zA0bC5dE8gH2jK");

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void developmentIsNotChecked() {
        assertThatCode(() -> guard.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    private static MockEnvironment configured(String secret) {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/mediaflow")
                .withProperty("spring.data.redis.url", "redis://cache:6379")
                .withProperty("spring.mail.host", "smtp.example.com")
                .withProperty("mediaflow.auth.jwt.secret", secret)
                .withProperty("mediaflow.proposals.public-url", "https://api.example-studio.com");
        environment.setActiveProfiles("prod");
        return environment;
    }
}
