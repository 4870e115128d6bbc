package com.mediaflow.accounting.internal;

/**
 * The number of an issued invoice or credit note, {@code PREFIX-YEAR-SEQUENCE} such as
 * {@code INV-2026-0001}: the sequence counts from 1 in each series and year, at least four digits.
 */
record InvoiceNumber(String series, int year, int sequence) {

    InvoiceNumber {
        if (!series.matches("[A-Z0-9]{1,10}") || year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("Not an invoice number: " + series + "/" + year + "/" + sequence);
        }
    }

    String formatted() {
        return series + "-" + year + "-" + String.format("%04d", sequence);
    }
}
