package com.mediaflow.reports.internal.xlsx;

import java.util.Currency;

/** What a cell holds, which decides its number format. */
public record CellKind(Type type, String format) {

    public enum Type {
        TEXT,
        DATE,
        INTEGER,
        DECIMAL,
        MONEY,
        PERCENT
    }

    public static CellKind text() {
        return new CellKind(Type.TEXT, "@");
    }

    public static CellKind date() {
        return new CellKind(Type.DATE, "yyyy-mm-dd");
    }

    public static CellKind integer() {
        return new CellKind(Type.INTEGER, "#,##0");
    }

    public static CellKind decimal() {
        return new CellKind(Type.DECIMAL, "#,##0.00");
    }

    /**
     * Money with the currency's decimals and its code, negatives in red: {@code #,##0.00 "EUR"} for
     * euros, {@code #,##0 "JPY"} for yen.
     */
    public static CellKind money(String currency) {
        var decimals = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        var number = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        var code = " \"" + currency + "\"";
        return new CellKind(Type.MONEY, number + code + ";[Red]-" + number + code);
    }

    public static CellKind percent() {
        return new CellKind(Type.PERCENT, "0.0%");
    }
}
