package com.mediaflow.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ExportIntegrationTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    ProjectFixtures projects;
    AccountingFixtures accounting;
    ExportFixtures fixtures;
    TestUsers.TestUser producer;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        projects = new ProjectFixtures(api, jdbc);
        accounting = new AccountingFixtures(api, jdbc);
        fixtures = new ExportFixtures(jdbc);
        producer = users.create(Role.PRODUCER);
    }

    @Test
    void contactsExportAsCsvWithTheHeaderEveryMatchingRowAndNothingElse() {
        var tag = ExportFixtures.uniqueTag();
        var created = Instant.parse("2026-03-04T10:15:30Z");
        fixtures.contact("Aurora Studios", tag, producer, created);
        fixtures.contact("Bright Lights GmbH", tag, producer, created);
        fixtures.contact("Not in the export", ExportFixtures.uniqueTag(), producer, created);

        var export = api.get(producer, "/api/exports/contacts?tag=" + tag);

        assertThat(export).hasStatusOk().hasContentType("text/csv");
        assertThat(export.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"contacts-")
                .contains(".csv");
        assertThat(ExportFixtures.csvHeader(export))
                .containsExactly(
                        "id",
                        "type",
                        "name",
                        "first_name",
                        "last_name",
                        "job_title",
                        "company_name",
                        "email",
                        "phone",
                        "mobile",
                        "website",
                        "city",
                        "country",
                        "tags",
                        "source",
                        "owner_name",
                        "created_at");
        var rows = ExportFixtures.csv(export);
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Aurora Studios", "Bright Lights GmbH");
        assertThat(rows.get(0).get("type")).isEqualTo("company");
        assertThat(rows.get(0).get("tags")).isEqualTo(tag);
        assertThat(rows.get(0).get("created_at")).isEqualTo("2026-03-04T10:15:30Z");
    }

    @Test
    void csvStartsWithAByteOrderMarkWhenAsked() {
        var tag = ExportFixtures.uniqueTag();
        fixtures.contact("Café Müller", tag, producer, Instant.now());

        var export = api.get(producer, "/api/exports/contacts?bom=true&tag=" + tag);

        var bytes = export.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Café Müller");
    }

    @Test
    void contactsExportAsXlsxWithTypedCellsAFrozenHeaderAndAnAutofilter() throws Exception {
        var tag = ExportFixtures.uniqueTag();
        var created = Instant.parse("2026-03-04T10:15:00Z");
        fixtures.contact("Aurora Studios", tag, producer, created);

        var export = api.get(producer, "/api/exports/contacts?format=xlsx&tag=" + tag);

        assertThat(export).hasStatusOk().hasContentType(XLSX);
        try (var workbook = ExportFixtures.xlsx(export)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(header(sheet)).startsWith("id", "type", "name").endsWith("owner_name", "created_at");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Q2");
            var row = sheet.getRow(1);
            assertThat(cell(sheet, row, "name").getStringCellValue()).isEqualTo("Aurora Studios");
            var createdAt = cell(sheet, row, "created_at");
            assertThat(createdAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(createdAt)).isTrue();
        }
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralizedInBothFormats() throws Exception {
        var tag = ExportFixtures.uniqueTag();
        var names = List.of("=HYPERLINK(\"http://evil.test\",\"Click\")", "+1", "-2", "@x", "\tTabbed", "\rReturned");
        var at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < names.size(); i++) {
            fixtures.contact(names.get(i), tag, producer, at.minusSeconds(i));
        }

        var csv = ExportFixtures.csv(api.get(producer, "/api/exports/contacts?tag=" + tag));
        assertThat(csv)
                .extracting(r -> r.get("name"))
                .containsExactlyInAnyOrderElementsOf(
                        names.stream().map(n -> "'" + n).toList());

        try (var workbook = ExportFixtures.xlsx(api.get(producer, "/api/exports/contacts?format=xlsx&tag=" + tag))) {
            var sheet = workbook.getSheetAt(0);
            List<String> values = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = cell(sheet, sheet.getRow(r), "name");
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                values.add(cell.getStringCellValue());
            }
            assertThat(values).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void expensesExportMoneyAsNumbersWithTheCurrencyDecimalsAndOnlyWhatTheEditorMaySee() throws Exception {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        var project = projects.projectWithCrew(producer, editor);
        var editorsOwn = accounting.expense(
                editor,
                Map.of(
                        "project_id",
                        project,
                        "amount",
                        new BigDecimal("-0").add(new BigDecimal("59.50")),
                        "tax_amount",
                        new BigDecimal("9.50"),
                        "description",
                        "-Taxi to the set"));
        var producers = accounting.expense(
                producer,
                Map.of(
                        "project_id",
                        project,
                        "currency",
                        "JPY",
                        "amount",
                        new BigDecimal("12000"),
                        "tax_amount",
                        new BigDecimal("0")));
        var filter = "/api/exports/expenses?project_id=" + project;

        var ownerRows = ExportFixtures.csv(api.get(owner, filter));
        assertThat(ownerRows).extracting(r -> r.get("id")).containsExactlyInAnyOrder(editorsOwn, producers);
        var byId = byId(ownerRows);
        assertThat(byId.get(editorsOwn).get("amount")).isEqualTo("59.50");
        assertThat(byId.get(editorsOwn).get("net_amount")).isEqualTo("50.00");
        assertThat(byId.get(editorsOwn).get("description")).isEqualTo("'-Taxi to the set");
        assertThat(byId.get(producers).get("amount")).isEqualTo("12000");
        assertThat(byId.get(producers).get("currency")).isEqualTo("JPY");

        var editorRows = ExportFixtures.csv(api.get(editor, filter));
        assertThat(editorRows).extracting(r -> r.get("id")).containsExactly(editorsOwn);

        try (var workbook = ExportFixtures.xlsx(api.get(owner, filter + "&format=xlsx"))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var amount = cell(sheet, row, "amount");
                assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
                var id = cell(sheet, row, "id").getStringCellValue();
                if (id.equals(editorsOwn)) {
                    assertThat(amount.getNumericCellValue()).isEqualTo(59.5);
                    assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                    assertThat(cell(sheet, row, "description").getCellStyle().getQuotePrefixed())
                            .isTrue();
                } else {
                    assertThat(amount.getNumericCellValue()).isEqualTo(12000);
                    assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                }
                var date = cell(sheet, row, "date");
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(projects.today());
                assertThat(cell(sheet, row, "billable").getCellType()).isEqualTo(CellType.BOOLEAN);
            }
        }
    }

    @Test
    void projectsExportHoldsOnlyTheEditorsProjectsAndHidesTheirBudget() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        var tag = ExportFixtures.uniqueTag();
        var body = projects.projectBody(producer);
        body.put("tags", List.of(tag));
        body.put("budget", new BigDecimal("25000.00"));
        body.put("currency", "EUR");
        var crewed = projects.project(producer, body);
        projects.addToTeam(producer, crewed, editor.id(), "editor");
        var other = projects.projectBody(producer);
        other.put("tags", List.of(tag));
        var hidden = projects.project(producer, other);

        var ownerRows = byId(ExportFixtures.csv(api.get(owner, "/api/exports/projects?tag=" + tag)));
        assertThat(ownerRows).containsOnlyKeys(crewed, hidden);
        assertThat(ownerRows.get(crewed).get("budget")).isEqualTo("25000.00");
        assertThat(ownerRows.get(crewed).get("status")).isEqualTo("planning");

        var editorRows = byId(ExportFixtures.csv(api.get(editor, "/api/exports/projects?tag=" + tag)));
        assertThat(editorRows).containsOnlyKeys(crewed);
        assertThat(editorRows.get(crewed).get("budget")).isEmpty();
    }

    @Test
    void tasksExportFollowsTheListFiltersAndProjectVisibility() {
        var editor = users.create(Role.EDITOR);
        var project = projects.projectWithCrew(producer, editor);
        var due = projects.today().plusDays(3);
        var task = projects.task(producer, project, Map.of("priority", "high", "due_date", due.toString()));
        projects.task(producer, project, Map.of("priority", "low"));
        var otherProject = projects.project(producer);
        projects.task(producer, otherProject, Map.of("priority", "high"));

        var rows = ExportFixtures.csv(api.get(editor, "/api/exports/tasks?priority=high"));

        assertThat(rows).extracting(r -> r.get("id")).containsExactly(task);
        assertThat(rows.get(0).get("due_date")).isEqualTo(due.toString());
        assertThat(rows.get(0).get("overdue")).isEqualTo("false");
        assertThat(rows.get(0).get("status")).isEqualTo("todo");
    }

    @Test
    void incomeExportNeedsFinancialRights() {
        assertThat(api.get(users.create(Role.EDITOR), "/api/exports/income")).hasStatus(403);
        var owner = users.create(Role.OWNER);
        var export = api.get(owner, "/api/exports/income?date_from=2026-01-01&date_to=2026-01-31&format=xlsx");
        assertThat(export).hasStatusOk().hasContentType(XLSX);
    }

    @Test
    void badFiltersAndFormatsAreRefusedByName() {
        assertBadField(api.get(producer, "/api/exports/contacts?format=pdf"), "format");
        assertBadField(api.get(producer, "/api/exports/contacts?type=robot"), "type");
        assertBadField(api.get(producer, "/api/exports/expenses?date_from=2026-02-01&date_to=2026-01-01"), "date_to");
        assertBadField(api.get(producer, "/api/exports/tasks?colour=red"), "colour");
    }

    @Test
    void everyExportIsAudited() {
        var tag = ExportFixtures.uniqueTag();
        fixtures.contact("Audited Pictures", tag, producer, Instant.now());

        assertThat(api.get(producer, "/api/exports/contacts?tag=" + tag)).hasStatusOk();

        var after =
                jdbc.sql("""
                        SELECT CAST(after AS text) FROM audit_log
                        WHERE action = 'export.created' AND actor_id = :actor AND entity_id = 'contacts'
                        """).param("actor", producer.id()).query(String.class).single();
        assertThat(after)
                .contains("\"row_count\": 1")
                .contains("\"tag\": \"" + tag + "\"")
                .contains("\"csv\"");
    }

    @Test
    void aLargeExportBecomesAJobWhoseResultItsOwnerDownloads() {
        var tag = ExportFixtures.uniqueTag();
        var at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 45; i++) {
            fixtures.contact(String.format("Bulk %02d", i), tag, producer, at);
        }

        var accepted = api.get(producer, "/api/exports/contacts?format=xlsx&tag=" + tag);

        assertThat(accepted).hasStatus(202);
        String statusUrl = Json.read(accepted, "$.status_url");
        assertThat(accepted.getResponse().getHeader("Location")).isEqualTo(statusUrl);
        assertThat(Json.<String>read(accepted, "$.status")).isEqualTo("queued");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Json.<String>read(api.get(producer, statusUrl), "$.status")
                        .equals("succeeded"));
        var job = api.get(producer, statusUrl);
        assertThat(Json.<Integer>read(job, "$.rows_done")).isEqualTo(45);
        assertThat(Json.<String>read(job, "$.kind")).isEqualTo("export.contacts");

        var download = api.get(producer, statusUrl + "/download");
        assertThat(download).hasStatusOk().hasContentType(XLSX);
        try (var workbook = ExportFixtures.xlsx(download)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(45);
            assertThat(cell(sheet, sheet.getRow(1), "name").getStringCellValue())
                    .isEqualTo("Bulk 00");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(api.get(users.create(Role.PRODUCER), statusUrl)).hasStatus(404);
    }

    private static void assertBadField(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400);
        assertThat(Json.<List<String>>read(result, "$.errors[*].field")).contains(field);
    }

    private static Map<String, CSVRecord> byId(List<CSVRecord> rows) {
        Map<String, CSVRecord> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        return byId;
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    private static org.apache.poi.ss.usermodel.Cell cell(XSSFSheet sheet, Row row, String column) {
        var index = header(sheet).indexOf(column);
        assertThat(index).as(column).isNotNegative();
        return row.getCell(index);
    }
}
