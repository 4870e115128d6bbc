package com.mediaflow.proposals.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives out proposal numbers, sequential and gapless per prefix and year, the way invoice numbers
 * are given: one UPSERT on the counter row, which PostgreSQL keeps locked until the creating
 * transaction ends, so a concurrent creator waits and a rolled-back one gives its number back.
 */
@Component
class ProposalNumbers {

    private final JdbcClient jdbc;

    ProposalNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ProposalNumber next(String series, int year) {
        var sequence = jdbc.sql("""
                        INSERT INTO proposals_number_counters (series, year, last_number)
                        VALUES (:series, :year, 1)
                        ON CONFLICT (series, year)
                        DO UPDATE SET last_number = proposals_number_counters.last_number + 1
                        RETURNING last_number
                        """)
                .param("series", series)
                .param("year", year)
                .query(Integer.class)
                .single();
        return new ProposalNumber(series, year, sequence);
    }
}
