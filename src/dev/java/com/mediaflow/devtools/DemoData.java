package com.mediaflow.devtools;

import java.time.Clock;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo studio on the first start of a development database, and adds bulk data when
 * asked to ({@code --mediaflow.demo.bulk-contacts=100000}). This class exists only in development
 * builds; the production jar has no demo data at all.
 */
@Component
class DemoData {

    private final DemoProperties properties;
    private final DemoDataSeeder seeder;
    private final DemoBulkData bulk;

    DemoData(
            DemoProperties properties,
            JdbcTemplate jdbcTemplate,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Clock clock) {
        this.properties = properties;
        this.seeder = new DemoDataSeeder(jdbcTemplate, passwords, transactions, clock);
        this.bulk = new DemoBulkData(jdbc);
    }

    /** Runs before the application reports ready, so the banner can list the demo logins. */
    @EventListener
    void on(ApplicationStartedEvent event) {
        if (!properties.enabled()) {
            return;
        }
        if (seeder.studioIsEmpty()) {
            seeder.seed();
        }
        if (properties.bulkContacts() > 0) {
            bulk.addContacts(properties.bulkContacts());
        }
        if (properties.bulkTimeEntries() > 0) {
            bulk.addTimeEntries(properties.bulkTimeEntries());
        }
    }
}
