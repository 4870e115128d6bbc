package com.mediaflow.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180, UTF-8, CRLF): dates as {@code 2026-01-31}, timestamps as ISO-8601 UTC, money with
 * its currency's decimals and a dot, text neutralized against formula injection. With {@code bom},
 * a UTF-8 byte-order mark first, so that Excel reads the accents right.
 */
final class CsvTableWriter implements TableWriter {

    private final CSVPrinter printer;
    private final OutputStreamWriter writer;

    CsvTableWriter(OutputStream out, boolean bom) throws IOException {
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<OutputColumn> columns) throws IOException {
        for (var column : columns) {
            printer.print(column.name());
        }
        printer.println();
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (var value : values) {
            printer.print(text(value));
        }
        printer.println();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof MoneyValue money) {
            return money.amount().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof String text) {
            return SpreadsheetText.neutralized(text);
        }
        return value.toString();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
        writer.flush();
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }
}
