package com.mediaflow.reports.internal.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX workbook of a report. Each sheet opens with a title block (the report's title, its
 * period and when it was generated), then a header row that stays frozen while scrolling and
 * carries a filter, the rows with real number, money, percentage and date formats, and a total row
 * of {@code SUM} formulas for the columns that add up. Text is always written as text, never as a
 * formula, whatever it starts with.
 */
public final class ReportWorkbook {

    /** Rows above the header: title, period, generated, and a blank line. */
    static final int HEADER_ROW = 4;

    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final String title;
    private final String period;
    private final String generated;
    private final byte[] brand;
    private final Map<String, CellStyle> styles = new HashMap<>();

    /**
     * @param title e.g. {@code Northlight Films: financial report}
     * @param start the first day the report covers
     * @param end the last day the report covers
     * @param generatedAt when the report was made, in the studio's time zone
     * @param brandColour the studio's colour, {@code #RRGGBB}, for the header rows
     */
    public ReportWorkbook(String title, LocalDate start, LocalDate end, ZonedDateTime generatedAt, String brandColour) {
        this.title = title;
        this.period = "Period: " + start + " to " + end;
        this.generated = "Generated: " + generatedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " ("
                + generatedAt.getZone().getId() + ")";
        this.brand = rgb(brandColour);
    }

    /**
     * Adds a sheet of rows, one value per column: {@link String}, {@link BigDecimal} or another
     * {@link Number}, {@link LocalDate}, or {@code null} for an empty cell.
     */
    public ReportWorkbook table(String name, List<Column> columns, List<List<@Nullable Object>> rows) {
        var sheet = workbook.createSheet(sheetName(name));
        titleBlock(sheet, name);
        var header = sheet.createRow(HEADER_ROW);
        var widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(headerStyle());
            widths[c] = columns.get(c).header().length() + 4;
        }
        for (int r = 0; r < rows.size(); r++) {
            var values = rows.get(r);
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException("Row " + r + " of " + name + " needs " + columns.size() + " values");
            }
            var row = sheet.createRow(HEADER_ROW + 1 + r);
            for (int c = 0; c < columns.size(); c++) {
                var text = write(row.createCell(c), columns.get(c).kind(), values.get(c));
                widths[c] = Math.max(widths[c], text.length() + 2);
            }
        }
        var lastDataRow = HEADER_ROW + rows.size();
        if (columns.stream().anyMatch(Column::summed)) {
            totalRow(sheet, columns, rows.size());
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastDataRow), 0, columns.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) * 256);
        }
        return this;
    }

    /** A sheet of labelled figures, each with its own kind: the summary of a report. */
    public ReportWorkbook figures(String name, List<Figure> figures) {
        var sheet = workbook.createSheet(sheetName(name));
        titleBlock(sheet, name);
        var header = sheet.createRow(HEADER_ROW);
        header.createCell(0).setCellValue("Figure");
        header.createCell(1).setCellValue("Value");
        header.getCell(0).setCellStyle(headerStyle());
        header.getCell(1).setCellStyle(headerStyle());
        var width = 10;
        for (int r = 0; r < figures.size(); r++) {
            var figure = figures.get(r);
            var row = sheet.createRow(HEADER_ROW + 1 + r);
            row.createCell(0).setCellValue(figure.label());
            write(row.createCell(1), figure.kind(), figure.value());
            width = Math.max(width, figure.label().length() + 2);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setColumnWidth(0, Math.min(MAX_WIDTH, width) * 256);
        sheet.setColumnWidth(1, 22 * 256);
        return this;
    }

    /** One labelled value of a {@link #figures} sheet. */
    public record Figure(
            String label, CellKind kind, @Nullable Object value) {}

    public byte[] toBytes() {
        try (workbook) {
            var out = new ByteArrayOutputStream(32 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    private void titleBlock(Sheet sheet, String section) {
        var titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title + ": " + section);
        titleCell.setCellStyle(titleStyle());
        sheet.createRow(1).createCell(0).setCellValue(period);
        sheet.createRow(2).createCell(0).setCellValue(generated);
        sheet.getRow(1).getCell(0).setCellStyle(mutedStyle());
        sheet.getRow(2).getCell(0).setCellStyle(mutedStyle());
    }

    private void totalRow(Sheet sheet, List<Column> columns, int rowCount) {
        var row = sheet.createRow(HEADER_ROW + 1 + rowCount);
        var label = row.createCell(0);
        label.setCellValue("Total");
        label.setCellStyle(totalStyle(CellKind.text()));
        for (int c = 0; c < columns.size(); c++) {
            var column = columns.get(c);
            if (!column.summed()) {
                if (c > 0) {
                    row.createCell(c).setCellStyle(totalStyle(CellKind.text()));
                }
                continue;
            }
            var cell = row.createCell(c);
            var letter = CellReference.convertNumToColString(c);
            if (rowCount == 0) {
                cell.setCellValue(0);
            } else {
                cell.setCellFormula(
                        "SUM(" + letter + (HEADER_ROW + 2) + ":" + letter + (HEADER_ROW + 1 + rowCount) + ")");
            }
            cell.setCellStyle(totalStyle(column.kind()));
        }
    }

    /** Writes the value and returns how it reads, to size the column. */
    private String write(Cell cell, CellKind kind, @Nullable Object value) {
        cell.setCellStyle(style(kind));
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            return "2026-12-31";
        }
        if (value instanceof Number number) {
            var decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
            var stored = kind.type() == CellKind.Type.PERCENT ? decimal.movePointLeft(2) : decimal;
            cell.setCellValue(stored.doubleValue());
            // digits, grouping separators and, for money, the currency code
            var digits = decimal.setScale(Math.max(0, decimal.scale()), java.math.RoundingMode.HALF_UP)
                    .toPlainString()
                    .length();
            return "x".repeat(digits + digits / 3 + (kind.type() == CellKind.Type.MONEY ? 6 : 1));
        }
        var text = value.toString();
        cell.setCellValue(text);
        return text;
    }

    private CellStyle style(CellKind kind) {
        return styles.computeIfAbsent("cell:" + kind.format(), key -> {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(kind.format()));
            return style;
        });
    }

    private CellStyle totalStyle(CellKind kind) {
        return styles.computeIfAbsent("total:" + kind.format(), key -> {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(kind.format()));
            style.setBorderTop(BorderStyle.THIN);
            style.setFont(font(true, 11, false));
            return style;
        });
    }

    private CellStyle headerStyle() {
        return styles.computeIfAbsent("header", key -> {
            var style = (XSSFCellStyle) workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(brand));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setFont(font(true, 11, true));
            return style;
        });
    }

    private CellStyle titleStyle() {
        return styles.computeIfAbsent("title", key -> {
            var style = workbook.createCellStyle();
            style.setFont(font(true, 14, false));
            return style;
        });
    }

    private CellStyle mutedStyle() {
        return styles.computeIfAbsent("muted", key -> {
            var style = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
            style.setFont(font);
            return style;
        });
    }

    private Font font(boolean bold, int points, boolean white) {
        var font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        if (white) {
            font.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        }
        return font;
    }

    private String sheetName(String name) {
        var safe = WorkbookUtil.createSafeSheetName(name);
        var candidate = safe;
        for (int i = 2; workbook.getSheet(candidate) != null; i++) {
            var suffix = " (" + i + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static byte[] rgb(String colour) {
        var hex = colour.matches("#[0-9a-fA-F]{6}") ? colour.substring(1) : "1F6FEB";
        return new byte[] {
            (byte) Integer.parseInt(hex.substring(0, 2), 16),
            (byte) Integer.parseInt(hex.substring(2, 4), 16),
            (byte) Integer.parseInt(hex.substring(4, 6), 16)
        };
    }
}
