package com.mediaflow.reports.internal.xlsx;

/**
 * A column of a report sheet: its header, the kind of value in it and whether the sheet's total row
 * sums it.
 */
public record Column(String header, CellKind kind, boolean summed) {

    public static Column text(String header) {
        return new Column(header, CellKind.text(), false);
    }

    public static Column date(String header) {
        return new Column(header, CellKind.date(), false);
    }

    public static Column count(String header, boolean summed) {
        return new Column(header, CellKind.integer(), summed);
    }

    public static Column number(String header, boolean summed) {
        return new Column(header, CellKind.decimal(), summed);
    }

    /** Money of {@code currency} (e.g. {@code EUR}) with that currency's decimals. */
    public static Column money(String header, String currency, boolean summed) {
        return new Column(header, CellKind.money(currency), summed);
    }

    /** A percentage given as a number of percent ({@code 37.5} for 37.5 %). */
    public static Column percent(String header) {
        return new Column(header, CellKind.percent(), false);
    }
}
