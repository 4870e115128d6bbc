package com.mediaflow.exports.internal;

/**
 * Text that a spreadsheet program would take for a formula ({@code =HYPERLINK(...)}, {@code +1},
 * {@code -2}, {@code @SUM(...)}) or that starts with a tab or carriage return. Such cells are
 * neutralized (OWASP "CSV injection"): a leading {@code '} in CSV, a quote-prefixed text cell in XLSX.
 * Real numbers are written as numbers and are never affected.
 */
final class SpreadsheetText {

    private SpreadsheetText() {}

    static boolean isDangerous(String text) {
        if (text.isEmpty()) {
            return false;
        }
        var first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String neutralized(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
