package com.mediaflow.accounting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives out invoice and credit-note numbers: sequential and gapless per series and year.
 *
 * <p>The next number is taken by one UPSERT on the counter row of the series and year. PostgreSQL
 * locks that row until the issuing transaction ends, so a second issuer waits for the first to
 * commit (and then reads its number + 1) or to roll back (and then reuses the number, which was
 * never given out). A number is therefore neither skipped nor given twice, whatever runs in
 * parallel; the unique constraint on the invoice number is the last line of defence.
 */
@Component
class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number; must run inside the transaction that stores the numbered document. */
    @Transactional(propagation = Propagation.MANDATORY)
    InvoiceNumber next(String series, int year) {
        var sequence = jdbc.sql("""
                        INSERT INTO accounting_number_counters (series, year, last_number)
                        VALUES (:series, :year, 1)
                        ON CONFLICT (series, year)
                        DO UPDATE SET last_number = accounting_number_counters.last_number + 1
                        RETURNING last_number
                        """)
                .param("series", series)
                .param("year", year)
                .query(Integer.class)
                .single();
        return new InvoiceNumber(series, year, sequence);
    }
}
