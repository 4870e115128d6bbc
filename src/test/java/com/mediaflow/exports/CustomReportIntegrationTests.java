package com.mediaflow.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class CustomReportIntegrationTests {

    private static final List<String> CATEGORIES = List.of("travel", "catering", "location");
    private static final List<String> CURRENCIES = List.of("EUR", "JPY");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    ProjectFixtures projects;
    AccountingFixtures accounting;
    TestUsers.TestUser owner;
    TestUsers.TestUser producer;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        projects = new ProjectFixtures(api, jdbc);
        accounting = new AccountingFixtures(api, jdbc);
        owner = users.create(Role.OWNER);
        producer = users.create(Role.PRODUCER);
    }

    record Spent(String category, String currency, BigDecimal amount, LocalDate date) {}

    @Test
    void groupsAndAggregatesMatchAnIndependentComputation() {
        var project = projects.project(producer);
        var random = new Random(20261121);
        List<Spent> spent = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            var category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            var currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            var amount = currency.equals("JPY")
                    ? BigDecimal.valueOf(100 + random.nextInt(50_000))
                    : BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
            var date = projects.today().minusDays(random.nextInt(60));
            accounting.expense(
                    producer,
                    Map.of(
                            "project_id", project,
                            "category", category,
                            "currency", currency,
                            "amount", amount,
                            "tax_amount", BigDecimal.ZERO,
                            "date", date.toString()));
            spent.add(new Spent(category, currency, amount, date));
        }

        var report = api.post(
                owner,
                "/api/reports/custom",
                Api.body(
                        "entity", "expenses",
                        "filters", List.of(Map.of("field", "project_id", "op", "eq", "value", project)),
                        "group_by", List.of("category", "currency"),
                        "aggregates",
                                List.of(
                                        Map.of("fn", "count"),
                                        Map.of("field", "amount", "fn", "sum"),
                                        Map.of("field", "amount", "fn", "avg"),
                                        Map.of("field", "date", "fn", "max")),
                        "sort", List.of("category", "-currency")));

        assertThat(report).hasStatusOk();
        assertThat(Json.<List<String>>read(report, "$.columns[*].name"))
                .containsExactly("category", "currency", "count", "sum_amount", "avg_amount", "max_date");
        assertThat(Json.<List<String>>read(report, "$.columns[*].type"))
                .containsExactly("enum", "text", "integer", "money", "money", "date");
        var expected = new TreeMap<String, List<Spent>>();
        for (var s : spent) {
            expected.computeIfAbsent(s.category() + "|" + s.currency(), k -> new ArrayList<>())
                    .add(s);
        }
        List<Map<String, Object>> rows = Json.read(report, "$.rows");
        assertThat(rows).hasSize(expected.size());
        assertThat(Json.<Integer>read(report, "$.row_count")).isEqualTo(expected.size());
        for (var row : rows) {
            var group = expected.get(row.get("category") + "|" + row.get("currency"));
            assertThat(group).as("group %s", row).isNotNull();
            var decimals = row.get("currency").equals("JPY") ? 0 : 2;
            var sum = group.stream().map(Spent::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(((Number) row.get("count")).intValue()).isEqualTo(group.size());
            assertThat(new BigDecimal(row.get("sum_amount").toString())).isEqualByComparingTo(sum);
            assertThat(new BigDecimal(row.get("avg_amount").toString()))
                    .isEqualByComparingTo(sum.divide(BigDecimal.valueOf(group.size()), decimals, RoundingMode.HALF_UP));
            assertThat(row.get("max_date"))
                    .isEqualTo(group.stream()
                            .map(Spent::date)
                            .max(LocalDate::compareTo)
                            .orElseThrow()
                            .toString());
        }
        List<String> order = rows.stream()
                .map(r -> r.get("category") + "|" + r.get("currency"))
                .toList();
        var sorted = new ArrayList<>(order);
        sorted.sort((a, b) -> {
            var byCategory = a.split("\\|")[0].compareTo(b.split("\\|")[0]);
            return byCategory != 0 ? byCategory : b.split("\\|")[1].compareTo(a.split("\\|")[1]);
        });
        assertThat(order).isEqualTo(sorted);
    }

    @Test
    void anythingOutsideTheCatalogueIsRefusedNamingTheField() {
        assertRefused(Api.body("entity", "salaries"), "entity");
        assertRefused(Api.body("entity", "contacts", "columns", List.of("name", "password_hash")), "columns[1]");
        assertRefused(
                Api.body("entity", "contacts", "filters", List.of(Map.of("field", "name", "op", "like", "value", "x"))),
                "filters[0].op");
        assertRefused(
                Api.body(
                        "entity",
                        "expenses",
                        "filters",
                        List.of(
                                Map.of("field", "date", "op", "gte", "value", "2026-01-01"),
                                Map.of("field", "amount", "op", "gt", "value", "a lot"))),
                "filters[1].value");
        assertRefused(
                Api.body("entity", "tasks", "filters", List.of(Map.of("field", "status", "op", "eq", "value", "lost"))),
                "filters[0].value");
        assertRefused(
                Api.body(
                        "entity",
                        "contacts",
                        "filters",
                        List.of(Map.of("field", "name; DROP TABLE contacts", "op", "eq", "value", "x"))),
                "filters[0].field");
        assertRefused(
                Api.body("entity", "contacts", "aggregates", List.of(Map.of("field", "name", "fn", "sum"))),
                "aggregates[0].fn");
        assertRefused(
                Api.body(
                        "entity",
                        "expenses",
                        "group_by",
                        List.of("category"),
                        "aggregates",
                        List.of(Map.of("field", "amount", "fn", "sum"))),
                "aggregates[0].field");
        assertRefused(
                Api.body("entity", "expenses", "group_by", List.of("category"), "columns", List.of("vendor")),
                "columns[0]");
        assertRefused(Api.body("entity", "contacts", "sort", List.of("-shoe_size")), "sort[0]");
        assertRefused(Api.body("entity", "contacts", "format", "pdf"), "format");
        assertRefused(Api.body("entity", "contacts", "save", true), "name");
    }

    @Test
    void reportsShowOnlyWhatTheMemberMaySee() {
        var editor = users.create(Role.EDITOR);
        var project = projects.projectWithCrew(producer, editor);
        var editorsOwn = accounting.expense(editor, Map.of("project_id", project));
        accounting.expense(producer, Map.of("project_id", project));
        var filters = List.of(Map.of("field", "project_id", "op", "eq", "value", project));

        var editorReport = api.post(
                editor,
                "/api/reports/custom",
                Api.body("entity", "expenses", "columns", List.of("id", "amount"), "filters", filters));
        assertThat(Json.<List<String>>read(editorReport, "$.rows[*].id")).containsExactly(editorsOwn);

        var ownerReport = api.post(
                owner,
                "/api/reports/custom",
                Api.body("entity", "expenses", "columns", List.of("id"), "filters", filters));
        assertThat(Json.<List<String>>read(ownerReport, "$.rows[*].id")).hasSize(2);

        assertThat(api.post(editor, "/api/reports/custom", Api.body("entity", "invoices")))
                .hasStatus(403);
    }

    @Test
    void aSavedReportIsListedReRunOnTodaysDataAndKeptFromOthers() throws Exception {
        var project = projects.project(producer);
        accounting.expense(producer, Map.of("project_id", project, "description", "First"));
        var definition = Api.body(
                "name",
                "Spend on " + project,
                "save",
                true,
                "entity",
                "expenses",
                "columns",
                List.of("description", "amount", "currency"),
                "filters",
                List.of(Map.of("field", "project_id", "op", "eq", "value", project)),
                "sort",
                List.of("description"),
                "format",
                "json");

        var first = api.post(producer, "/api/reports/custom", definition);
        assertThat(first).hasStatusOk();
        String templateId = Json.read(first, "$.template_id");
        assertThat(first.getResponse().getHeader("Location")).isEqualTo("/api/reports/templates/" + templateId);
        assertThat(Json.<List<String>>read(first, "$.rows[*].description")).containsExactly("First");

        var list = api.get(producer, "/api/reports/templates?limit=100");
        assertThat(Json.<List<String>>read(list, "$.data[*].id")).contains(templateId);
        assertThat(Json.<List<String>>read(api.get(owner, "/api/reports/templates?limit=100"), "$.data[*].id"))
                .doesNotContain(templateId);

        accounting.expense(producer, Map.of("project_id", project, "description", "Second"));
        var again = api.get(producer, "/api/reports/" + templateId + "/download?format=csv");
        assertThat(again).hasStatusOk().hasContentType("text/csv");
        assertThat(ExportFixtures.csv(again))
                .extracting(r -> r.get("description"))
                .containsExactly("First", "Second");
        assertThat(ExportFixtures.csvHeader(again)).containsExactly("description", "amount", "currency");

        var json = api.get(producer, "/api/reports/" + templateId + "/download");
        assertThat(Json.<List<String>>read(json, "$.rows[*].description")).containsExactly("First", "Second");

        assertThat(api.get(owner, "/api/reports/" + templateId + "/download")).hasStatus(404);

        var renamed = Api.body(
                "name",
                "Renamed",
                "entity",
                "expenses",
                "columns",
                List.of("description"),
                "filters",
                List.of(Map.of("field", "project_id", "op", "eq", "value", project)),
                "format",
                "xlsx",
                "version",
                0);
        var updated = api.put(producer, "/api/reports/templates/" + templateId, renamed);
        assertThat(updated).hasStatusOk();
        assertThat(Json.<String>read(updated, "$.name")).isEqualTo("Renamed");
        assertThat(Json.<Integer>read(updated, "$.version")).isEqualTo(1);
        assertThat(api.put(producer, "/api/reports/templates/" + templateId, renamed))
                .hasStatus(409);
        var xlsx = api.get(producer, "/api/reports/" + templateId + "/download");
        assertThat(xlsx)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = ExportFixtures.xlsx(xlsx)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }

        assertThat(api.delete(producer, "/api/reports/templates/" + templateId)).hasStatus(204);
        assertThat(api.get(producer, "/api/reports/templates/" + templateId)).hasStatus(404);
    }

    @Test
    void theCatalogueListsEveryEntityWithTypedColumns() {
        var catalogue = api.get(producer, "/api/reports/custom/catalogue");

        assertThat(catalogue).hasStatusOk();
        assertThat(Json.<List<String>>read(catalogue, "$.entities[*].name"))
                .containsExactly("contacts", "projects", "tasks", "time_entries", "expenses", "income", "invoices");
        assertThat(Json.<List<String>>read(
                        catalogue, "$.entities[?(@.name == 'expenses')].columns[?(@.name == 'amount')].type"))
                .containsExactly("money");
        assertThat(Json.<List<List<String>>>read(
                        catalogue, "$.entities[?(@.name == 'tasks')].columns[?(@.name == 'status')].values"))
                .containsExactly(List.of("todo", "in_progress", "review", "done", "blocked"));
    }

    @Test
    void timeEntryRatesShowOnlyWhereTheMemberMaySeeTheMoney() {
        var editor = users.create(Role.EDITOR);
        var colleague = users.create(Role.EDITOR);
        projects.rates(editor.id(), "40.00", "90.00");
        projects.rates(colleague.id(), "50.00", "100.00");
        var project = projects.projectWithCrew(producer, editor, colleague);
        var task = projects.task(producer, project);
        projects.logTime(editor, task, projects.today(), 90);
        projects.logTime(colleague, task, projects.today(), 30);
        var body = Api.body(
                "entity", "time_entries",
                "columns", List.of("member_id", "minutes", "cost"),
                "filters", List.of(Map.of("field", "project_id", "op", "eq", "value", project)),
                "sort", List.of("-minutes"));

        List<Map<String, Object>> editorRows = Json.read(api.post(editor, "/api/reports/custom", body), "$.rows");
        assertThat(editorRows).hasSize(2);
        assertThat(editorRows.get(0).get("cost").toString()).isEqualTo("60.0");
        assertThat(editorRows.get(1).get("cost")).isNull();

        List<Map<String, Object>> producerRows = Json.read(api.post(producer, "/api/reports/custom", body), "$.rows");
        assertThat(producerRows).extracting(r -> r.get("cost").toString()).containsExactly("60.0", "25.0");
    }

    private void assertRefused(Map<String, Object> body, String field) {
        MvcTestResult result = api.post(producer, "/api/reports/custom", body);
        assertThat(result).as(field).hasStatus(400);
        assertThat(Json.<List<String>>read(result, "$.errors[*].field"))
                .as(body.toString())
                .contains(field);
    }
}
