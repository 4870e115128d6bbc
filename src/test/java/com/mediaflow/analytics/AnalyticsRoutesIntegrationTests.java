package com.mediaflow.analytics;

import static com.mediaflow.analytics.AnalyticsJson.decimal;
import static com.mediaflow.analytics.AnalyticsJson.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every analytics route through HTTP: shapes and defaults, validation, who may see what, currency
 * separation and the cache. Money is written in years no other test uses, so the studio-wide
 * figures of those years are exactly this class's rows.
 */
@IntegrationTest
class AnalyticsRoutesIntegrationTests {

    private static final List<String> FINANCIAL = List.of(
            "dashboard", "revenue", "revenue/trends", "expenses/breakdown", "profit-margins", "project-profitability");

    private static final List<String> OPEN =
            List.of("overview", "projects/overview", "projects/completion-rates", "projects/timeline-adherence");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    AccountingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new AccountingFixtures(api, jdbc);
    }

    @Test
    void everyRouteDefaultsToTheCurrentMonthOfTheStudio() {
        var owner = users.create(Role.OWNER);
        var month = YearMonth.from(fixtures.projects().today());
        var projectId = fixtures.projects().project(owner);
        for (var route : concat(FINANCIAL, OPEN, List.of("team/productivity", "team/utilization"))) {
            var body = ok(api.get(owner, "/api/analytics/" + route));
            var period = route.equals("revenue/trends") ? body : body.get("period");
            assertThat(period.get("start_date").asString())
                    .as(route)
                    .isEqualTo(month.atDay(1).toString());
            assertThat(period.get("end_date").asString())
                    .as(route)
                    .isEqualTo(month.atEndOfMonth().toString());
        }
        var performance = ok(api.get(owner, "/api/analytics/projects/" + projectId + "/performance"));
        assertThat(performance.get("period").get("start_date").asString())
                .isEqualTo(month.atDay(1).toString());
        assertThat(performance.get("financials").isNull()).isFalse();
        ok(api.get(owner, "/api/analytics/team/" + owner.id() + "/performance"));

        var dashboard = ok(api.get(owner, "/api/analytics/dashboard"));
        assertThat(dashboard.get("currency").asString()).isEqualTo(fixtures.organizationCurrency());
        for (var field : List.of(
                "total_revenue",
                "total_expenses",
                "net_profit",
                "profit_margin",
                "active_projects",
                "pending_invoices",
                "overdue_tasks",
                "team_utilization")) {
            assertThat(dashboard.has(field)).as(field).isTrue();
        }
        var trends = ok(api.get(owner, "/api/analytics/revenue/trends"));
        assertThat(trends.get("period").asString()).isEqualTo("monthly");
        assertThat(trends.get("data").size()).isEqualTo(1);
        assertThat(trends.get("data").get(0).get("date").asString()).isEqualTo(month.toString());
    }

    @Test
    void trendsListEveryBucketWithZeros() {
        var owner = users.create(Role.OWNER);
        var daily = ok(
                api.get(owner, "/api/analytics/revenue/trends?period=daily&start_date=1993-02-25&end_date=1993-03-02"));
        assertThat(daily.get("data").findValues("date").stream().map(n -> n.asString()))
                .containsExactly("1993-02-25", "1993-02-26", "1993-02-27", "1993-02-28", "1993-03-01", "1993-03-02");
        assertThat(decimal(daily.get("data").get(3), "revenue")).isZero();
        var weekly = ok(api.get(
                owner, "/api/analytics/revenue/trends?period=weekly&start_date=1993-03-03&end_date=1993-03-16"));
        assertThat(weekly.get("data").findValues("date").stream().map(n -> n.asString()))
                .containsExactly("1993-03-01", "1993-03-08", "1993-03-15");
        var yearly = ok(api.get(
                owner, "/api/analytics/revenue/trends?period=YEARLY&start_date=1991-06-01&end_date=1993-01-31"));
        assertThat(yearly.get("data").findValues("date").stream().map(n -> n.asString()))
                .containsExactly("1991", "1992", "1993");
    }

    @Test
    void badDatesPeriodsAndCurrenciesAreRejected() {
        var owner = users.create(Role.OWNER);
        assertValidationError(
                api.get(owner, "/api/analytics/dashboard?start_date=2026-03-10&end_date=2026-03-09"), "end_date");
        assertValidationError(
                api.get(owner, "/api/analytics/overview?start_date=2000-01-01&end_date=2026-01-01"), "end_date");
        assertValidationError(api.get(owner, "/api/analytics/revenue?start_date=yesterday"), "start_date");
        assertValidationError(api.get(owner, "/api/analytics/revenue/trends?period=hourly"), "period");
        assertValidationError(api.get(owner, "/api/analytics/dashboard?currency=euro"), "currency");
        assertValidationError(api.get(owner, "/api/analytics/dashboard?currency=XYZ"), "currency");
        assertValidationError(api.get(owner, "/api/analytics/team/utilization?currency=EUR"), "currency");
        assertValidationError(api.get(owner, "/api/analytics/projects/overview?from=2026-01-01"), "from");
    }

    @Test
    void editorsGetNoMoneyAndOnlyTheirProjects() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var assistant = users.create(Role.ASSISTANT);
        var theirs = fixtures.projects().projectWithCrew(manager, editor);
        var hidden = fixtures.projects().project(manager);
        for (var member : List.of(editor, assistant)) {
            for (var route : concat(FINANCIAL, List.of("team/productivity", "team/utilization"))) {
                var result = api.get(member, "/api/analytics/" + route);
                assertThat(result).as(route).hasStatus(403);
                assertThat(Json.<String>read(result, "$.code")).isEqualTo("FORBIDDEN");
            }
            for (var route : OPEN) {
                ok(api.get(member, "/api/analytics/" + route));
            }
            assertThat(ok(api.get(member, "/api/analytics/overview"))
                            .get("financials")
                            .isNull())
                    .isTrue();
            ok(api.get(member, "/api/analytics/team/" + member.id() + "/performance"));
            assertThat(api.get(member, "/api/analytics/team/" + manager.id() + "/performance"))
                    .hasStatus(403);
        }
        assertThat(ok(api.get(editor, "/api/analytics/projects/overview"))
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        var performance = ok(api.get(editor, "/api/analytics/projects/" + theirs + "/performance"));
        assertThat(performance.get("financials").isNull()).isTrue();
        assertThat(api.get(editor, "/api/analytics/projects/" + hidden + "/performance"))
                .hasStatus(404);
        assertThat(api.get(editor, "/api/analytics/projects/" + UUID.randomUUID() + "/performance"))
                .hasStatus(404);
        assertThat(api.get(manager, "/api/analytics/team/" + UUID.randomUUID() + "/performance"))
                .hasStatus(404);
        ok(api.get(manager, "/api/analytics/team/" + editor.id() + "/performance"));
    }

    @Test
    void producersSeeTheMoneyOfTheirOwnProjectsOnlyAndNeverTheOwnersCachedFigures() {
        var owner = users.create(Role.OWNER);
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var theirs = fixtures.projects().projectWithCrew(owner, editor);
        fixtures.projects().addToTeam(owner, theirs, producer.id(), "producer");
        var other = fixtures.projects().project(owner);
        var currency = fixtures.organizationCurrency();
        expense(editor, owner, UUID.fromString(theirs), currency, "1994-05-03", "100.00");
        expense(editor, owner, UUID.fromString(other), currency, "1994-05-04", "40.00");
        expense(editor, owner, null, currency, "1994-05-05", "2.50");
        var may = "?start_date=1994-05-01&end_date=1994-05-31";

        // The owner first, so a cache that ignored the caller's scope would hand the producer these.
        var ownerDashboard = ok(api.get(owner, "/api/analytics/dashboard" + may));
        assertThat(decimal(ownerDashboard, "total_expenses")).isEqualByComparingTo("142.50");
        var producerDashboard = ok(api.get(producer, "/api/analytics/dashboard" + may));
        assertThat(decimal(producerDashboard, "total_expenses")).isEqualByComparingTo("100.00");
        assertThat(decimal(ok(api.get(owner, "/api/analytics/dashboard" + may)), "total_expenses"))
                .isEqualByComparingTo("142.50");

        var profitability = ok(api.get(producer, "/api/analytics/project-profitability" + may))
                .get("projects");
        assertThat(profitability.size()).isEqualTo(1);
        assertThat(profitability.get(0).get("project_id").asString()).isEqualTo(theirs);
        assertThat(ok(api.get(producer, "/api/analytics/projects/" + other + "/performance"))
                        .get("financials")
                        .isNull())
                .isTrue();
        assertThat(decimal(
                        ok(api.get(producer, "/api/analytics/projects/" + theirs + "/performance" + may))
                                .get("financials"),
                        "expenses"))
                .isEqualByComparingTo("100.00");
        assertThat(api.get(producer, "/api/analytics/team/utilization")).hasStatus(403);
    }

    @Test
    void currenciesAreReportedApartAndNeverAdded() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        expense(editor, owner, null, "EUR", "1995-07-10", "100.00");
        expense(editor, owner, null, "USD", "1995-07-11", "30.00");
        expense(editor, owner, null, "JPY", "1995-07-12", "5000");
        var july = "start_date=1995-07-01&end_date=1995-07-31";
        var euros = ok(api.get(owner, "/api/analytics/dashboard?currency=EUR&" + july));
        assertThat(decimal(euros, "total_expenses")).isEqualByComparingTo("100.00");
        assertThat(euros.get("currencies").toString()).isEqualTo("[\"EUR\",\"JPY\",\"USD\"]");
        var dollars = ok(api.get(owner, "/api/analytics/expenses/breakdown?currency=USD&" + july));
        assertThat(decimal(dollars, "total")).isEqualByComparingTo("30.00");
        assertThat(dollars.get("currency").asString()).isEqualTo("USD");
        var yen = ok(api.get(owner, "/api/analytics/revenue/trends?currency=JPY&" + july));
        assertThat(decimal(yen.get("data").get(0), "expenses")).isEqualByComparingTo("5000");
        assertThat(yen.get("data").get(0).get("expenses").toString()).isEqualTo("5000");
    }

    @Test
    void aNewPaymentShowsOnTheDashboardAtOnceWhileUnchangedFiguresComeFromTheCache() {
        var owner = users.create(Role.OWNER);
        var currency = fixtures.organizationCurrency();
        var before = decimal(ok(api.get(owner, "/api/analytics/dashboard")), "total_revenue");

        // Written behind the application's back: no event, so the cached figure stays as it was.
        var client = fixtures.projects().client(owner);
        var today = fixtures.projects().today();
        jdbc.sql("""
                        INSERT INTO accounting_income (id, source, description, amount, currency, status, received_date,
                            client_id, created_by, created_at, updated_at)
                        VALUES (:id, 'OTHER', 'Cash', 7.00, :currency, 'RECEIVED', :today, :client, :owner, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("currency", currency)
                .param("today", today)
                .param("client", client)
                .param("owner", owner.id())
                .update();
        assertThat(decimal(ok(api.get(owner, "/api/analytics/dashboard")), "total_revenue"))
                .isEqualByComparingTo(before);

        var invoice = fixtures.issued(owner, currency, "250.00");
        assertThat(api.post(
                        owner,
                        "/api/accounting/invoices/" + invoice + "/payments",
                        Api.body("amount", new BigDecimal("100.00"), "method", "bank_transfer")))
                .hasStatus(201);
        assertThat(decimal(ok(api.get(owner, "/api/analytics/dashboard")), "total_revenue"))
                .isEqualByComparingTo(before.add(new BigDecimal("107.00")));
    }

    @Test
    void loggedTimeShowsInTheTeamFiguresAtOnce() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var project = fixtures.projects().projectWithCrew(manager, editor);
        var task = fixtures.projects().task(manager, project);
        var route = "/api/analytics/team/" + editor.id() + "/performance";
        var before = decimal(ok(api.get(editor, route)), "logged_hours");
        assertThat(before).isZero();
        fixtures.projects().logTime(editor, task, fixtures.projects().today(), 90);
        var after = ok(api.get(editor, route));
        assertThat(decimal(after, "logged_hours")).isEqualByComparingTo("1.50");
        assertThat(after.get("projects").get(0).get("project_id").asString()).isEqualTo(project);
    }

    private void expense(
            TestUsers.TestUser submitter,
            TestUsers.TestUser approver,
            @Nullable UUID project,
            String currency,
            String date,
            String amount) {
        jdbc.sql("""
                        INSERT INTO accounting_expenses (id, project_id, category, description, amount, tax_amount, currency,
                            expense_date, billable, status, submitted_by, submitted_at, approved_by, approved_at,
                            created_at, updated_at)
                        VALUES (:id, :project, 'TRAVEL', 'Train', :amount, 0, :currency, :date, false, 'APPROVED',
                            :submitter, now(), :approver, :now, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("project", project)
                .param("amount", new BigDecimal(amount))
                .param("currency", currency)
                .param("date", LocalDate.parse(date))
                .param("submitter", submitter.id())
                .param("approver", approver.id())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private static void assertValidationError(
            org.springframework.test.web.servlet.assertj.MvcTestResult result, String field) {
        assertThat(result).hasStatus(400);
        assertThat(Json.<String>read(result, "$.code")).isEqualTo("VALIDATION_ERROR");
        assertThat(Json.<String>read(result, "$.errors[0].field")).isEqualTo(field);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
