package com.mediaflow.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.PdfDrawing;
import com.mediaflow.support.TestUsers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The three reports through the real routes, over money recorded in a month of the past in a
 * currency of its own (Icelandic krónur, which have no minor unit), so the figures are exactly the
 * rows this test made.
 */
@IntegrationTest
class ReportsIntegrationTests {

    private static final String ISK = "ISK";
    private static final Path PAGES = Path.of("target", "report-pages");
    /** Each test takes a month of its own, far in the past, so no other test has money in it. */
    private static final LocalDate FIRST_MONTH = LocalDate.of(1950 + new Random().nextInt(40), 1, 1);

    private static final AtomicInteger MONTHS_TAKEN = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    AccountingFixtures accounting;
    TestUsers.TestUser owner;
    LocalDate start;
    LocalDate end;
    String projectId;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        accounting = new AccountingFixtures(api, jdbc);
        owner = users.create(Role.OWNER);
        start = FIRST_MONTH.plusMonths(MONTHS_TAKEN.getAndIncrement());
        end = start.plusMonths(1).minusDays(1);
        var body = accounting.projects().projectBody(owner);
        body.put("name", "Nordic Lights <documentary> & co");
        body.put("currency", ISK);
        body.put("budget", new BigDecimal("90000"));
        body.put("deadline", end.toString());
        projectId = accounting.projects().project(owner, body);
        income("120000", start.plusDays(4), projectId);
        income("30000", start.plusDays(20), null);
        approvedExpense("crew", "30000", start.plusDays(6), projectId);
        approvedExpense("travel", "12000", start.plusDays(9), projectId);
        approvedExpense("catering", "8500", start.plusDays(27), null);
        var tasks = new java.util.ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            tasks.add(accounting.projects().task(owner, projectId, Map.of("due_date", end.toString())));
        }
        accounting.projects().logTime(owner, tasks.get(0), start.plusDays(2), 480);
    }

    @Test
    void theFinancialReportShowsTheDashboardsFiguresAndTheRowsTheyCameFrom() {
        var report = api.get(owner, financial("json"));
        assertThat(report).hasStatusOk();

        assertThat(decimal(report, "$.summary.revenue")).isEqualByComparingTo("150000");
        assertThat(decimal(report, "$.summary.expenses")).isEqualByComparingTo("50500");
        assertThat(decimal(report, "$.summary.net_profit")).isEqualByComparingTo("99500");
        assertThat(decimal(report, "$.summary.profit_margin")).isEqualByComparingTo("66.33");
        assertThat(Json.<String>read(report, "$.currency")).isEqualTo(ISK);
        assertThat(Json.<String>read(report, "$.trend_period")).isEqualTo("daily");
        assertThat(Json.<List<?>>read(report, "$.revenue_trend")).hasSize(end.getDayOfMonth());
        List<Object> crew = Json.read(report, "$.expense_breakdown[?(@.category == 'crew')].amount");
        assertThat(new BigDecimal(String.valueOf(crew.get(0)))).isEqualByComparingTo("30000");
        assertThat(Json.<String>read(report, "$.top_projects[0].project_id")).isEqualTo(projectId);
        assertThat(decimal(report, "$.top_projects[0].profit")).isEqualByComparingTo("78000");

        var dashboard =
                api.get(owner, "/api/analytics/dashboard?currency=ISK&start_date=" + start + "&end_date=" + end);
        assertThat(dashboard).hasStatusOk();
        assertThat(decimal(report, "$.summary.revenue")).isEqualByComparingTo(decimal(dashboard, "$.total_revenue"));
        assertThat(decimal(report, "$.summary.expenses")).isEqualByComparingTo(decimal(dashboard, "$.total_expenses"));
        assertThat(decimal(report, "$.summary.net_profit")).isEqualByComparingTo(decimal(dashboard, "$.net_profit"));
    }

    @Test
    void theFinancialPdfCarriesTheFiguresAndVectorCharts() throws IOException {
        var result = api.get(owner, financial("pdf"));
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("financial-report-isk-" + start + "-" + end + ".pdf");

        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Financial report", "Amounts in ISK", "150,000", "50,500", "99,500", "66.33%")
                    .contains(
                            "Revenue trend", "Expenses by category", "Crew", "30,000", "Top projects by profitability")
                    .contains("Nordic Lights <documentary> & co", "78,000");
            var drawing = PdfDrawing.of(pdf.getPage(0));
            assertThat(drawing.segments()).as("lines of the trend and axes").isGreaterThan(40);
            assertThat(drawing.paintedPaths()).as("stroked and filled shapes").isGreaterThan(30);
            savePages(pdf, "financial");
        }
    }

    @Test
    void theFinancialWorkbookHasFormatsFormulasAndFrozenHeaders() throws IOException {
        var result = api.get(owner, financial("xlsx"));
        assertThat(result)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        try (var book =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            var summary = book.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Period: " + start + " to " + end);
            assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Revenue");
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(150000);
            assertThat(summary.getRow(5).getCell(1).getCellStyle().getDataFormatString())
                    .startsWith("#,##0 \"ISK\"");
            var categories = book.getSheet("Expenses by category");
            var lastRow = categories.getRow(categories.getLastRowNum());
            assertThat(lastRow.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(lastRow.getCell(2).getCellFormula()).startsWith("SUM(C6:");
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(lastRow.getCell(2)).getNumberValue()).isEqualTo(50500);
            assertThat(categories.getPaneInformation().isFreezePane()).isTrue();
            assertThat(categories.getCTWorksheet().getAutoFilter()).isNotNull();
            assertThat(book.getSheet("Top projects").getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("Nordic Lights <documentary> & co");
        }
    }

    @Test
    void theProjectReportShowsBudgetAgainstActualAsJsonPdfAndWorkbook() throws IOException {
        var json = api.get(owner, project("json"));
        assertThat(json).hasStatusOk();
        assertThat(decimal(json, "$.budget.budget")).isEqualByComparingTo("90000");
        assertThat(decimal(json, "$.budget.actual")).isEqualByComparingTo("42000");
        assertThat(decimal(json, "$.budget.remaining")).isEqualByComparingTo("48000");
        assertThat(decimal(json, "$.budget.used_percent")).isEqualByComparingTo("46.67");
        assertThat(decimal(json, "$.project.hours.logged")).isEqualByComparingTo("8");
        assertThat(Json.<Integer>read(json, "$.project.tasks.total")).isEqualTo(4);

        var pdf = api.get(owner, project("pdf"));
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Project report", "Nordic Lights <documentary> & co", "Budget against actual")
                    .contains("90,000", "42,000", "48,000", "46.67%", "120,000", "8.00");
            assertThat(PdfDrawing.of(document.getPage(0)).paintedPaths()).isGreaterThan(8);
            savePages(document, "project");
        }

        var xlsx = api.get(owner, project("xlsx"));
        assertThat(xlsx).hasStatusOk();
        try (var book =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var money = book.getSheet("Budget and profit");
            assertThat(money.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(42000);
        }
    }

    @Test
    void theOperationalReportRendersForTheTeamAndLeavesTeamFiguresOutForOthers() throws IOException {
        var owners = api.get(owner, "/api/reports/operational?start_date=" + start + "&end_date=" + end);
        assertThat(owners).hasStatusOk();
        assertThat(Json.<Object>read(owners, "$.utilization")).isNotNull();

        var editor = users.create(Role.EDITOR);
        var editors = api.get(editor, "/api/reports/operational?start_date=" + start + "&end_date=" + end);
        assertThat(editors).hasStatusOk();
        assertThat(Json.<Object>read(editors, "$.utilization")).isNull();
        assertThat(Json.<Object>read(editors, "$.productivity")).isNull();

        var pdf = api.get(owner, "/api/reports/operational?format=pdf&start_date=" + start + "&end_date=" + end);
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Operational report", "Projects by status", "Completion rates", "Timeline adherence");
            savePages(document, "operational");
        }
        var xlsx = api.get(editor, "/api/reports/operational?format=xlsx&start_date=" + start + "&end_date=" + end);
        assertThat(xlsx).hasStatusOk();
    }

    @Test
    void membersWhoMayNotSeeTheMoneyOrTheProjectAreRefused() {
        var editor = users.create(Role.EDITOR);

        assertThat(api.get(editor, financial("json"))).hasStatus(403);
        assertThat(api.get(editor, financial("pdf"))).hasStatus(403);
        assertThat(api.get(editor, project("pdf"))).hasStatus(404);
        assertThat(api.get(editor, "/api/reports/project/" + java.util.UUID.randomUUID()))
                .hasStatus(404);
    }

    @Test
    void badParametersAreAClearProblem() {
        assertThat(api.get(owner, "/api/reports/financial?start_date=2026-03-10&end_date=2026-03-01"))
                .hasStatus(400);
        assertThat(api.get(owner, "/api/reports/financial?format=docx")).hasStatus(400);
        assertThat(api.get(owner, "/api/reports/financial?start_date=yesterday"))
                .hasStatus(400);
        assertThat(api.get(owner, "/api/reports/financial?currency=EURO")).hasStatus(400);
        assertThat(api.get(owner, "/api/reports/operational?stat_date=2026-03-01"))
                .hasStatus(400);
    }

    @Test
    void aLongPeriodRunsAsABackgroundJobWhoseResultIsTheReport() throws IOException {
        var from = start.minusMonths(13);
        var accepted = api.get(
                owner, "/api/reports/financial?format=pdf&currency=ISK&start_date=" + from + "&end_date=" + end);
        assertThat(accepted).hasStatus(202);
        String status = Json.read(accepted, "$.status_url");
        assertThat(accepted.getResponse().getHeader("Location")).isEqualTo(status);

        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        Json.<String>read(api.get(owner, status), "$.status").equals("succeeded"));
        var download = api.get(owner, status + "/download");
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        try (var pdf = Loader.loadPDF(download.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Financial report", "Amounts in ISK");
        }

        var editor = users.create(Role.EDITOR);
        assertThat(api.get(editor, "/api/reports/financial?format=pdf&start_date=" + from + "&end_date=" + end))
                .as("refused at once, not as a failed job")
                .hasStatus(403);
    }

    private String financial(String format) {
        return "/api/reports/financial?format=" + format + "&currency=ISK&start_date=" + start + "&end_date=" + end;
    }

    private String project(String format) {
        return "/api/reports/project/" + projectId + "?format=" + format + "&start_date=" + start + "&end_date=" + end;
    }

    private void income(String amount, LocalDate received, String project) {
        var body = Api.body(
                "source",
                "retainer",
                "description",
                "Retainer",
                "amount",
                new BigDecimal(amount),
                "currency",
                ISK,
                "status",
                "received",
                "received_date",
                received.toString());
        if (project != null) {
            body.put("project_id", project);
        }
        assertThat(api.post(owner, "/api/accounting/income", body)).hasStatus(201);
    }

    private void approvedExpense(String category, String amount, LocalDate date, String project) {
        var submitter = users.create(Role.EDITOR);
        var body = Api.body(
                "category",
                category,
                "amount",
                new BigDecimal(amount),
                "tax_amount",
                BigDecimal.ZERO,
                "currency",
                ISK,
                "date",
                date.toString());
        if (project != null) {
            body.put("project_id", project);
            accounting.projects().addToTeam(owner, project, submitter.id(), "editor");
        }
        accounting.approve(owner, accounting.expense(submitter, body));
    }

    private static BigDecimal decimal(MvcTestResult result, String path) {
        return AccountingFixtures.decimal(result, path);
    }

    /** Each page as a PNG in target/report-pages, to look at. */
    private static void savePages(PDDocument pdf, String name) throws IOException {
        Files.createDirectories(PAGES);
        var renderer = new PDFRenderer(pdf);
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 110);
            ImageIO.write(
                    image,
                    "png",
                    PAGES.resolve(name + "-" + (page + 1) + ".png").toFile());
        }
    }
}
