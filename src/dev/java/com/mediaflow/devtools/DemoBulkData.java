package com.mediaflow.devtools;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds large volumes on top of the demo studio for benchmarks: contacts and time entries generated
 * inside PostgreSQL with {@code generate_series}, from pools of realistic names, so a million rows
 * take seconds rather than a million round trips.
 */
class DemoBulkData {

    private static final Logger log = LoggerFactory.getLogger(DemoBulkData.class);

    private final JdbcClient jdbc;
    private final Faker faker = new Faker(Locale.ENGLISH, new Random(7));

    DemoBulkData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addContacts(int count) {
        var firstNames =
                IntStream.range(0, 300).mapToObj(i -> faker.name().firstName()).toArray(String[]::new);
        var lastNames =
                IntStream.range(0, 300).mapToObj(i -> faker.name().lastName()).toArray(String[]::new);
        var companies =
                IntStream.range(0, 300).mapToObj(i -> faker.company().name()).toArray(String[]::new);
        var started = System.nanoTime();
        int rows = jdbc.sql("""
                        INSERT INTO contacts (id, type, display_name, first_name, last_name, company_name, email, tags,
                                              source, owner_id, created_by, created_at, updated_at)
                        SELECT gen_random_uuid(), 'PERSON', f || ' ' || l, f, l, c,
                               lower(regexp_replace(f || '.' || l, '[^A-Za-z.]', '', 'g')) || '.' || g || '@bulk.example',
                               ARRAY[(ARRAY['vip','agency','brand','music','broadcaster','nonprofit','repeat'])[1 + g % 7]],
                               (ARRAY['referral','website','event','cold_outreach','social'])[1 + g % 5],
                               owner, owner, now() - (g % 900) * interval '1 day', now()
                        FROM generate_series(1, :count) AS g
                        CROSS JOIN LATERAL (SELECT (:first::text[])[1 + g % 300] AS f,
                                                   (:last::text[])[1 + (g / 300) % 300] AS l,
                                                   (:companies::text[])[1 + (g / 7) % 300] AS c) AS names
                        CROSS JOIN (SELECT id AS owner FROM team_members WHERE role = 'OWNER' LIMIT 1) AS o
                        """)
                .param("count", count)
                .param("first", firstNames)
                .param("last", lastNames)
                .param("companies", companies)
                .update();
        log.info("Added {} contacts in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        jdbc.sql("ANALYZE contacts").update();
    }

    void addTimeEntries(int count) {
        var started = System.nanoTime();
        int rows = jdbc.sql("""
                        WITH assigned AS (
                            SELECT t.id, t.project_id, t.assignee_id, m.hourly_cost, m.billable_rate,
                                   row_number() OVER (ORDER BY t.id) - 1 AS n
                            FROM tasks t JOIN team_members m ON m.id = t.assignee_id),
                             total AS (SELECT count(*) AS n FROM assigned)
                        INSERT INTO task_time_entries (id, task_id, project_id, member_id, work_date, minutes, note,
                                                       billable, hourly_cost, billable_rate, rate_currency, created_by,
                                                       created_at, updated_at)
                        SELECT gen_random_uuid(), a.id, a.project_id, a.assignee_id, current_date - (g % 730),
                               15 * (1 + g % 16), NULL, g % 4 <> 0, coalesce(a.hourly_cost, 0),
                               coalesce(a.billable_rate, 0), 'EUR', a.assignee_id, now(), now()
                        FROM generate_series(1, :count) AS g
                        CROSS JOIN total
                        JOIN assigned a ON a.n = g % total.n
                        """).param("count", count).update();
        log.info("Added {} time entries in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        jdbc.sql("ANALYZE task_time_entries").update();
    }
}
