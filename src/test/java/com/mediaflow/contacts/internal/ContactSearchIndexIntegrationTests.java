package com.mediaflow.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestUsers;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statements the contact list runs are answered from the indexes, not by reading the whole
 * table. Thousands of contacts with varied names are written, analysed and the plans read in one
 * transaction that is rolled back, so no other test sees them.
 */
@IntegrationTest
class ContactSearchIndexIntegrationTests {

    private static final int ROWS = 5000;

    @Autowired
    ContactSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestUsers users;

    @Test
    void searchWordsUseTheTrigramIndex() {
        var plans = withManyContacts(word ->
                plans(new ContactFilter(md5(word + 4321).substring(0, 10), null, null, null, null, null, null)));

        assertThat(plans)
                .allSatisfy(plan -> assertThat(plan)
                        .contains("Bitmap Index Scan on contacts_search_idx")
                        .doesNotContain("Seq Scan"));
    }

    @Test
    void tagFilterUsesTheTagIndex() {
        var plans = withManyContacts(word -> plans(new ContactFilter(null, word + "-7", null, null, null, null, null)));

        assertThat(plans)
                .allSatisfy(plan -> assertThat(plan)
                        .contains("Bitmap Index Scan on contacts_tags_idx")
                        .doesNotContain("Seq Scan"));
    }

    private String md5(String text) {
        return jdbc.sql("SELECT md5(:text)")
                .param("text", text)
                .query(String.class)
                .single();
    }

    private List<String> plans(ContactFilter filter) {
        return List.of(
                explain(search.countStatement(filter)), explain(search.pageStatement(filter, Paging.firstPage())));
    }

    private String explain(ContactSearch.Statement statement) {
        return String.join(
                "\n",
                jdbc.sql("EXPLAIN " + statement.sql())
                        .params(statement.params())
                        .query(String.class)
                        .list());
    }

    private <T> T withManyContacts(Function<String, T> work) {
        var creator = users.create(Role.PRODUCER).id();
        var word = "idx" + UUID.randomUUID().toString().substring(0, 8);
        return transactions.execute(status -> {
            jdbc.sql("""
                            INSERT INTO contacts (id, type, display_name, first_name, email, tags, created_by,
                                                  created_at, updated_at)
                            SELECT gen_random_uuid(), 'PERSON', 'Person ' || md5(:word || i), 'Person',
                                   md5(:word || i) || '@example.com', ARRAY[:word || '-' || (i % 100)],
                                   :creator, now(), now()
                            FROM generate_series(1, :rows) AS i
                            """)
                    .param("word", word)
                    .param("creator", creator)
                    .param("rows", ROWS)
                    .update();
            // New GIN entries wait in a pending list until vacuum merges them; merge them now, as
            // autovacuum would have on a table that grew over time.
            jdbc.sql(
                            "SELECT gin_clean_pending_list('contacts_search_idx'), gin_clean_pending_list('contacts_tags_idx')")
                    .query()
                    .singleRow();
            jdbc.sql("ANALYZE contacts").update();
            var result = work.apply(word);
            status.setRollbackOnly();
            return result;
        });
    }
}
