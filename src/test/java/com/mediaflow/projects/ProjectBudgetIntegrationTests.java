package com.mediaflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ProjectBudgetIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    ProjectFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new ProjectFixtures(api, jdbc);
    }

    @Test
    void actualCostIsTheLoggedTimeAtEachEntrysHourlyCost() {
        var manager = users.create(Role.MANAGER);
        var crew = List.of(users.create(Role.EDITOR), users.create(Role.EDITOR), users.create(Role.PRODUCER));
        var costs = List.of("37.55", "61.10", "0.33");
        for (int i = 0; i < crew.size(); i++) {
            fixtures.rates(crew.get(i).id(), costs.get(i), "120.00");
        }
        var currency = organizationCurrency();
        var body = fixtures.projectBody(manager);
        body.put("budget", 2500);
        body.put("currency", currency);
        var projectId = fixtures.project(manager, body);
        for (var member : crew) {
            fixtures.addToTeam(manager, projectId, member.id(), "editor");
        }
        var tasks = List.of(fixtures.task(manager, projectId), fixtures.task(manager, projectId));
        var random = new Random(4207L);
        List<BigDecimal> expectedLines = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            var who = random.nextInt(crew.size());
            var minutes = 1 + random.nextInt(240);
            var day = fixtures.today().minusDays(i);
            fixtures.logTime(crew.get(who), tasks.get(i % 2), day, minutes);
            // the cost of one line: minutes/60 of the hourly cost, half-up to the cent
            expectedLines.add(new BigDecimal(costs.get(who))
                    .multiply(BigDecimal.valueOf(minutes))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
        }
        var expectedActual = expectedLines.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        var result = api.get(manager, "/api/projects/" + projectId + "/budget");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.currency").isEqualTo(currency);
        assertThat(decimal(result, "$.budget")).isEqualByComparingTo("2500");
        assertThat(decimal(result, "$.actual")).isEqualByComparingTo(expectedActual);
        // One line per source of cost (time, and approved expenses once accounting contributes them).
        java.util.List<Object> timeLines = Json.read(result, "$.breakdown[?(@.source == 'time')].amount");
        assertThat(timeLines).hasSize(1);
        assertThat(new BigDecimal(timeLines.get(0).toString())).isEqualByComparingTo(expectedActual);
        assertThat(decimal(result, "$.remaining"))
                .isEqualByComparingTo(new BigDecimal("2500").subtract(expectedActual));
        assertThat(decimal(result, "$.percent_used"))
                .isEqualByComparingTo(expectedActual
                        .multiply(BigDecimal.valueOf(100))
                        .divide(new BigDecimal("2500"), 2, RoundingMode.HALF_UP));
        assertThat(result).bodyJson().extractingPath("$.over_budget").isEqualTo(false);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.other_currencies")
                .asArray()
                .isEmpty();
    }

    @Test
    void overBudgetShowsANegativeRemainder() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        fixtures.rates(editor.id(), "100.00", "150.00");
        var body = fixtures.projectBody(manager);
        body.put("budget", 150);
        body.put("currency", organizationCurrency());
        var projectId = fixtures.project(manager, body);
        fixtures.addToTeam(manager, projectId, editor.id(), "editor");
        fixtures.logTime(editor, fixtures.task(manager, projectId), fixtures.today(), 120);

        var result = api.get(manager, "/api/projects/" + projectId + "/budget");

        assertThat(decimal(result, "$.actual")).isEqualByComparingTo("200.00");
        assertThat(decimal(result, "$.remaining")).isEqualByComparingTo("-50.00");
        assertThat(decimal(result, "$.percent_used")).isEqualByComparingTo("133.33");
        assertThat(result).bodyJson().extractingPath("$.over_budget").isEqualTo(true);
    }

    @Test
    void costsInAnotherCurrencyAreListedApartAndNotAdded() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        fixtures.rates(editor.id(), "30.00", "60.00");
        var other = "EUR".equals(organizationCurrency()) ? "USD" : "EUR";
        var body = fixtures.projectBody(manager);
        body.put("currency", other);
        var projectId = fixtures.project(manager, body);
        fixtures.addToTeam(manager, projectId, editor.id(), "editor");
        fixtures.logTime(editor, fixtures.task(manager, projectId), fixtures.today(), 60);

        var result = api.get(manager, "/api/projects/" + projectId + "/budget");

        assertThat(result).hasStatusOk();
        assertThat(decimal(result, "$.actual")).isEqualByComparingTo("0");
        assertThat(result).bodyJson().extractingPath("$.budget").isNull();
        assertThat(result).bodyJson().extractingPath("$.remaining").isNull();
        assertThat(result).bodyJson().extractingPath("$.percent_used").isNull();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.other_currencies[0].currency")
                .isEqualTo(organizationCurrency());
        assertThat(decimal(result, "$.other_currencies[0].amount")).isEqualByComparingTo("30.00");
    }

    @Test
    void timeOfMembersWithoutACostRateCostsNothing() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var body = fixtures.projectBody(manager);
        body.put("budget", 0);
        body.put("currency", organizationCurrency());
        var projectId = fixtures.project(manager, body);
        fixtures.addToTeam(manager, projectId, editor.id(), "editor");
        fixtures.logTime(editor, fixtures.task(manager, projectId), fixtures.today(), 60);

        var result = api.get(manager, "/api/projects/" + projectId + "/budget");

        assertThat(decimal(result, "$.actual")).isEqualByComparingTo("0");
        assertThat(decimal(result, "$.remaining")).isEqualByComparingTo("0");
        assertThat(result).bodyJson().extractingPath("$.percent_used").isNull();
    }

    private String organizationCurrency() {
        return jdbc.sql("SELECT default_currency FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single();
    }

    private static BigDecimal decimal(MvcTestResult result, String path) {
        Object value = Json.read(result, path);
        return new BigDecimal(String.valueOf(value));
    }
}
