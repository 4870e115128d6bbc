package com.mediaflow.reports.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReportWorkbookTests {

    private static final ZonedDateTime GENERATED =
            ZonedDateTime.of(2026, 4, 2, 9, 30, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void aTableHasATitleBlockFormatsFrozenHeaderFilterAndSumTotals() throws IOException {
        var bytes = workbook()
                .table(
                        "Top projects",
                        List.of(
                                Column.text("Project"),
                                Column.date("Deadline"),
                                Column.count("Tasks", true),
                                Column.money("Revenue", "EUR", true),
                                Column.percent("Margin")),
                        List.of(
                                row(
                                        "Spring campaign",
                                        LocalDate.of(2026, 3, 31),
                                        12,
                                        new BigDecimal("12500.50"),
                                        new BigDecimal("37.5")),
                                row("=HYPERLINK(\"http://x\")", null, 3, new BigDecimal("-250.00"), null)))
                .toBytes();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheet("Top projects");
            assertThat(text(sheet, 0, 0)).isEqualTo("Northlight Films: financial report: Top projects");
            assertThat(text(sheet, 1, 0)).isEqualTo("Period: 2026-03-01 to 2026-03-31");
            assertThat(text(sheet, 2, 0)).isEqualTo("Generated: 2026-04-02 09:30 (Europe/Berlin)");
            assertThat(text(sheet, 4, 0)).isEqualTo("Project");
            assertThat(sheet.getRow(4).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();

            var first = sheet.getRow(5);
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(12500.50);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"EUR\";[Red]-#,##0.00 \"EUR\"");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.375);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

            var hostile = sheet.getRow(6).getCell(0);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(6).getCell(1).getCellType()).isEqualTo(CellType.BLANK);

            var total = sheet.getRow(7);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C6:C7)");
            assertThat(total.getCell(3).getCellFormula()).isEqualTo("SUM(D6:D7)");
            assertThat(total.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(total.getCell(3)).getNumberValue()).isEqualTo(12250.50);

            var pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:E7");
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2));
            assertThat(sheet.getColumnWidth(0)).isLessThanOrEqualTo(60 * 256);
        }
    }

    @Test
    void moneyFormatsUseTheCurrencysDecimals() throws IOException {
        var bytes = workbook()
                .table(
                        "Money",
                        List.of(Column.money("Yen", "JPY", true), Column.money("Dinar", "BHD", false)),
                        List.of(row(new BigDecimal("1500"), new BigDecimal("2.125"))))
                .toBytes();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var row = book.getSheet("Money").getRow(5);
            assertThat(row.getCell(0).getCellStyle().getDataFormatString()).startsWith("#,##0 \"JPY\"");
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).startsWith("#,##0.000 \"BHD\"");
        }
    }

    @Test
    void anEmptyTableStillHasItsHeaderAndAZeroTotal() throws IOException {
        var bytes = workbook()
                .table(
                        "Overdue invoices",
                        List.of(Column.text("Number"), Column.money("Balance", "EUR", true)),
                        List.of())
                .toBytes();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheet("Overdue invoices");
            assertThat(text(sheet, 4, 1)).isEqualTo("Balance");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isZero();
        }
    }

    @Test
    void aFiguresSheetFormatsEachValueByItsKindAndSheetNamesAreMadeSafe() throws IOException {
        var bytes = workbook()
                .figures(
                        "Summary: March/April?",
                        List.of(
                                new ReportWorkbook.Figure("Revenue", CellKind.money("EUR"), new BigDecimal("1000.00")),
                                new ReportWorkbook.Figure("Margin", CellKind.percent(), new BigDecimal("12.5")),
                                new ReportWorkbook.Figure("Active projects", CellKind.integer(), 4)))
                .figures("Summary: March/April?", List.of())
                .toBytes();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).doesNotContain(":", "/", "?");
            assertThat(book.getSheetAt(1).getSheetName()).isNotEqualTo(sheet.getSheetName());
            assertThat(sheet.getRow(5).getCell(1).getCellStyle().getDataFormatString())
                    .contains("\"EUR\"");
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(0.125);
            assertThat(sheet.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void aRowMustHaveOneValuePerColumn() {
        assertThatThrownBy(
                        () -> workbook().table("x", List.of(Column.text("a"), Column.text("b")), List.of(row("only"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ReportWorkbook workbook() {
        return new ReportWorkbook(
                "Northlight Films: financial report",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                GENERATED,
                "#7C3AED");
    }

    private static List<@Nullable Object> row(@Nullable Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
