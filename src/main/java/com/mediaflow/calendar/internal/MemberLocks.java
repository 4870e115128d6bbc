package com.mediaflow.calendar.internal;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transaction-scoped PostgreSQL advisory locks on members, so that a check and the write that relies
 * on it (no double booking; one feed per member) happen for one member at a time across every
 * instance of the application. Locks are taken in a fixed order, so two transactions never wait for
 * each other in a circle.
 */
@Component
class MemberLocks {

    private final JdbcClient jdbc;

    MemberLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(String purpose, Collection<UUID> members) {
        members.stream()
                .map(member -> "calendar." + purpose + ":" + member)
                .distinct()
                .sorted()
                .forEach(name -> jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))")
                        .param("name", name)
                        .query()
                        .singleRow());
    }
}
