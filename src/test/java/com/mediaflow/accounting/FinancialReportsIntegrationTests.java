package com.mediaflow.accounting;

import static com.mediaflow.support.AccountingFixtures.invoiceBody;
import static com.mediaflow.support.AccountingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Random bookkeeping in a year no other test writes to, on one producer's project, so that the
 * figures can be checked against sums computed here independently.
 */
@IntegrationTest
class FinancialReportsIntegrationTests {

    private static final List<String> CATEGORIES = List.of("crew", "travel", "catering", "software", "location");
    private static final List<String> CURRENCIES = List.of("EUR", "JPY");

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
    void everyFigureEqualsTheSumOfItsRows() {
        var random = new Random(20_110L);
        var year = 2011;
        var manager = users.create(Role.MANAGER);
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projects().projectWithCrew(manager, editor);
        fixtures.projects().addToTeam(manager, projectId, producer.id(), "producer");
        var client = fixtures.projects().client(manager);

        var expected = new Expected();
        for (int i = 0; i < 30; i++) {
            var currency = CURRENCIES.get(random.nextInt(2));
            var amount = amount(random, currency);
            var category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            var date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            var id = fixtures.expense(
                    editor,
                    Map.of(
                            "project_id",
                            projectId,
                            "currency",
                            currency,
                            "amount",
                            amount,
                            "tax_amount",
                            0,
                            "category",
                            category,
                            "date",
                            date.toString()));
            var fate = random.nextInt(4);
            if (fate == 0) {
                continue;
            }
            if (fate == 1) {
                api.patch(manager, "/api/accounting/expenses/" + id + "/reject", Map.of("reason", "No"));
                continue;
            }
            fixtures.approve(manager, id);
            if (fate == 3) {
                api.patch(manager, "/api/accounting/expenses/" + id + "/mark-paid", Map.of());
            }
            expected.expense(currency, month(date), category, amount);
        }
        for (int i = 0; i < 12; i++) {
            var currency = CURRENCIES.get(random.nextInt(2));
            var total = amount(random, currency);
            var body = invoiceBody(client, currency, List.of(item("Production", "1", total.toPlainString(), "0")));
            body.put("project_id", projectId);
            var id = fixtures.draft(manager, body);
            assertThat(fixtures.issue(manager, id)).hasStatusOk();
            var issued = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(20));
            jdbc.sql("UPDATE accounting_invoices SET issue_date = :d, due_date = :d WHERE id = :id")
                    .param("d", issued)
                    .param("id", UUID.fromString(id))
                    .update();
            expected.invoiced(currency, total);
            var paid = BigDecimal.ZERO;
            if (random.nextBoolean()) {
                var part = total.divide(BigDecimal.valueOf(2), currency.equals("JPY") ? 0 : 2, RoundingMode.DOWN);
                var payment = api.post(
                        manager,
                        "/api/accounting/invoices/" + id + "/payments",
                        Api.body("amount", part, "method", "bank_transfer"));
                assertThat(payment).hasStatus(201);
                var paidOn = issued.plusDays(random.nextInt(5));
                jdbc.sql("UPDATE accounting_invoice_payments SET paid_on = :d WHERE id = :id")
                        .param("d", paidOn)
                        .param("id", UUID.fromString(Json.read(payment, "$.id")))
                        .update();
                expected.revenue(currency, month(paidOn), part);
                paid = part;
            }
            expected.receivable(currency, total.subtract(paid));
        }
        for (int i = 0; i < 5; i++) {
            var currency = CURRENCIES.get(random.nextInt(2));
            var amount = amount(random, currency);
            var date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            assertThat(api.post(
                            manager,
                            "/api/accounting/income",
                            Api.body(
                                    "source",
                                    "retainer",
                                    "description",
                                    "Retainer",
                                    "amount",
                                    amount,
                                    "currency",
                                    currency,
                                    "status",
                                    "received",
                                    "received_date",
                                    date.toString(),
                                    "project_id",
                                    projectId)))
                    .hasStatus(201);
            expected.otherIncome(currency, month(date), amount);
        }
        var period = "?from=" + year + "-01-01&to=" + year + "-12-31";

        for (var viewer : List.of(producer, manager)) {
            var dashboard = api.get(viewer, "/api/accounting/dashboard" + period);
            assertThat(dashboard).hasStatusOk();
            for (var currency : CURRENCIES) {
                var at = "$.currencies[?(@.currency == '" + currency + "')]";
                assertThat(first(dashboard, at + ".revenue")).isEqualByComparingTo(expected.revenue(currency));
                assertThat(first(dashboard, at + ".expenses")).isEqualByComparingTo(expected.expenses(currency));
                assertThat(first(dashboard, at + ".invoiced")).isEqualByComparingTo(expected.invoiced(currency));
                assertThat(first(dashboard, at + ".other_income")).isEqualByComparingTo(expected.other(currency));
                var income = expected.revenue(currency).add(expected.other(currency));
                var net = income.subtract(expected.expenses(currency));
                assertThat(first(dashboard, at + ".net_profit")).isEqualByComparingTo(net);
                assertThat(first(dashboard, at + ".profit_margin"))
                        .isEqualByComparingTo(
                                net.multiply(BigDecimal.valueOf(100)).divide(income, 2, RoundingMode.HALF_UP));
            }
        }
        var producerDashboard = api.get(producer, "/api/accounting/dashboard" + period);
        for (var currency : CURRENCIES) {
            var at = "$.currencies[?(@.currency == '" + currency + "')]";
            assertThat(first(producerDashboard, at + ".outstanding"))
                    .isEqualByComparingTo(expected.receivable(currency));
            assertThat(first(producerDashboard, at + ".overdue")).isEqualByComparingTo(expected.receivable(currency));
        }

        var profitLoss = api.get(producer, "/api/accounting/profit-loss" + period);
        assertThat(profitLoss).hasStatusOk();
        expected.monthlyExpenses.forEach((key, amount) -> {
            var parts = key.split("\\|");
            var at = "$.months[?(@.month == '" + parts[1] + "' && @.currency == '" + parts[0] + "')]";
            assertThat(first(profitLoss, at + ".expenses_by_category[?(@.category == '" + parts[2] + "')].amount"))
                    .isEqualByComparingTo(amount);
        });
        expected.monthlyRevenue.forEach((key, amount) -> {
            var parts = key.split("\\|");
            var at = "$.months[?(@.month == '" + parts[1] + "' && @.currency == '" + parts[0] + "')]";
            assertThat(first(profitLoss, at + ".revenue")).isEqualByComparingTo(amount);
        });
        for (var currency : CURRENCIES) {
            var at = "$.totals[?(@.currency == '" + currency + "')]";
            assertThat(first(profitLoss, at + ".expenses")).isEqualByComparingTo(expected.expenses(currency));
            assertThat(first(profitLoss, at + ".revenue")).isEqualByComparingTo(expected.revenue(currency));
        }
        List<Object> monthExpenses = Json.read(profitLoss, "$.months[?(@.currency == 'EUR')].expenses");
        assertThat(monthExpenses.stream()
                        .map(value -> new BigDecimal(value.toString()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(expected.expenses("EUR"));

        var summary = api.get(producer, "/api/accounting/summary" + period);
        assertThat(summary).hasStatusOk();
        var byCategory = new TreeMap<String, BigDecimal>();
        expected.monthlyExpenses.forEach((key, amount) -> {
            var parts = key.split("\\|");
            byCategory.merge(parts[0] + "|" + parts[2], amount, BigDecimal::add);
        });
        byCategory.forEach((key, amount) -> {
            var parts = key.split("\\|");
            assertThat(first(
                            summary,
                            "$.expenses_by_category[?(@.currency == '" + parts[0] + "' && @.key == '" + parts[1]
                                    + "')].amount"))
                    .isEqualByComparingTo(amount);
        });
    }

    @Test
    void theOtherYearsAndOtherProjectsStayOut() {
        var manager = users.create(Role.MANAGER);
        var producer = users.create(Role.PRODUCER);

        var dashboard = api.get(producer, "/api/accounting/dashboard?from=2012-01-01&to=2012-12-31");
        var wrongWay = api.get(manager, "/api/accounting/dashboard?from=2012-12-31&to=2012-01-01");

        assertThat(dashboard).hasStatusOk();
        assertThat(dashboard)
                .bodyJson()
                .extractingPath("$.currencies")
                .asArray()
                .isEmpty();
        assertThat(dashboard).bodyJson().extractingPath("$.period.from").isEqualTo("2012-01-01");
        assertThat(wrongWay).hasStatus(400);
    }

    private static BigDecimal first(MvcTestResult result, String path) {
        List<Object> values = Json.read(result, path);
        assertThat(values).as(path).hasSize(1);
        return new BigDecimal(values.get(0).toString());
    }

    private static BigDecimal amount(Random random, String currency) {
        return currency.equals("JPY")
                ? BigDecimal.valueOf(100 + random.nextInt(500_000))
                : BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2);
    }

    private static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    /** The figures, summed here one row at a time. */
    private static final class Expected {
        final Map<String, BigDecimal> monthlyExpenses = new TreeMap<>();
        final Map<String, BigDecimal> monthlyRevenue = new TreeMap<>();
        final Map<String, BigDecimal> sums = new TreeMap<>();

        void expense(String currency, String month, String category, BigDecimal amount) {
            monthlyExpenses.merge(currency + "|" + month + "|" + category, amount, BigDecimal::add);
            sums.merge("expenses|" + currency, amount, BigDecimal::add);
        }

        void revenue(String currency, String month, BigDecimal amount) {
            monthlyRevenue.merge(currency + "|" + month, amount, BigDecimal::add);
            sums.merge("revenue|" + currency, amount, BigDecimal::add);
        }

        void invoiced(String currency, BigDecimal amount) {
            sums.merge("invoiced|" + currency, amount, BigDecimal::add);
        }

        void receivable(String currency, BigDecimal amount) {
            sums.merge("receivable|" + currency, amount, BigDecimal::add);
        }

        void otherIncome(String currency, String month, BigDecimal amount) {
            sums.merge("other|" + currency, amount, BigDecimal::add);
        }

        BigDecimal expenses(String currency) {
            return sums.getOrDefault("expenses|" + currency, BigDecimal.ZERO);
        }

        BigDecimal revenue(String currency) {
            return sums.getOrDefault("revenue|" + currency, BigDecimal.ZERO);
        }

        BigDecimal invoiced(String currency) {
            return sums.getOrDefault("invoiced|" + currency, BigDecimal.ZERO);
        }

        BigDecimal receivable(String currency) {
            return sums.getOrDefault("receivable|" + currency, BigDecimal.ZERO);
        }

        BigDecimal other(String currency) {
            return sums.getOrDefault("other|" + currency, BigDecimal.ZERO);
        }
    }
}
