package com.mediaflow.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming SXSSF: only a window of rows stays in memory, older rows go to a
 * compressed temporary file that is deleted when the writer closes. Cells are typed: dates and
 * timestamps (in the studio's time zone) as dates, numbers and money as numbers (money with its
 * currency's decimals), booleans as booleans; text that looks like a formula is a quote-prefixed
 * text cell. The header row is bold and frozen, with an autofilter over the columns.
 */
final class XlsxTableWriter implements TableWriter {

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final OutputStream out;
    private final ZoneId zone;
    private final CellStyle date;
    private final CellStyle timestamp;
    private final CellStyle decimal;
    private final CellStyle quoted;
    private final Map<Integer, CellStyle> moneyStyles = new HashMap<>();
    private int rowIndex;
    private int columnCount;

    XlsxTableWriter(OutputStream out, ZoneId zone, int window, String sheetName) {
        this.out = out;
        this.zone = zone;
        this.workbook = new SXSSFWorkbook(window);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
        var format = workbook.createDataFormat();
        this.date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        this.timestamp = workbook.createCellStyle();
        timestamp.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        this.decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.00"));
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    @Override
    public void header(List<OutputColumn> columns) {
        columnCount = columns.size();
        Font bold = workbook.createFont();
        bold.setBold(true);
        var style = workbook.createCellStyle();
        style.setFont(bold);
        var row = sheet.createRow(rowIndex++);
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(style);
            sheet.setColumnWidth(
                    i, Math.min(60, Math.max(12, columns.get(i).name().length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(Object[] values) {
        var row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            var value = values[i];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof MoneyValue money) {
                cell.setCellValue(money.amount().doubleValue());
                cell.setCellStyle(moneyStyle(money.decimals()));
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(decimal);
            } else if (value instanceof Long number) {
                cell.setCellValue(number);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Instant instant) {
                cell.setCellValue(instant.atZone(zone).toLocalDateTime());
                cell.setCellStyle(timestamp);
            } else if (value instanceof UUID id) {
                cell.setCellValue(id.toString());
            } else {
                var text = value.toString();
                cell.setCellValue(text);
                if (SpreadsheetText.isDangerous(text)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
    }

    private CellStyle moneyStyle(int decimals) {
        return moneyStyles.computeIfAbsent(decimals, d -> {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            return style;
        });
    }

    @Override
    public void finish() throws IOException {
        if (columnCount > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, columnCount - 1));
        }
        workbook.write(out);
        out.flush();
    }

    @Override
    @SuppressWarnings("deprecation") // dispose() is what deletes the temporary files
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            // Nothing is left to release.
        }
    }
}
