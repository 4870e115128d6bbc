package com.mediaflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class InvoiceNumberingIntegrationTests {

    private static final int INVOICES = 50;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    AccountingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new AccountingFixtures(api, jdbc);
    }

    @Test
    void fiftyInvoicesIssuedInParallelGetFiftyConsecutiveNumbers() throws Exception {
        var manager = users.create(Role.MANAGER);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            drafts.add(fixtures.draft(manager, "EUR", (100 + i) + ".00"));
        }
        var pool = Executors.newFixedThreadPool(16);
        var start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        try {
            for (var id : drafts) {
                Callable<String> issue = () -> {
                    start.await();
                    var result = fixtures.issue(manager, id);
                    assertThat(result).hasStatusOk();
                    return Json.read(result, "$.number");
                };
                numbers.add(pool.submit(issue));
            }
            start.countDown();
            var sequences = new TreeSet<Integer>();
            List<String> issued = new ArrayList<>();
            for (var number : numbers) {
                var value = number.get(120, TimeUnit.SECONDS);
                issued.add(value);
                sequences.add(Integer.parseInt(value.substring(value.lastIndexOf('-') + 1)));
            }

            var year = fixtures.projects().today().getYear();
            assertThat(issued).allMatch(n -> n.startsWith("INV-" + year + "-")).doesNotHaveDuplicates();
            assertThat(sequences).hasSize(INVOICES);
            assertThat(sequences.last() - sequences.first()).isEqualTo(INVOICES - 1);
            var counter = jdbc.sql(
                            "SELECT last_number FROM accounting_number_counters WHERE series = 'INV' AND year = :y")
                    .param("y", year)
                    .query(Integer.class)
                    .single();
            assertThat(counter).isGreaterThanOrEqualTo(sequences.last());
            var archived = jdbc.sql("SELECT COUNT(*) FROM accounting_invoice_documents WHERE invoice_id IN (:ids)")
                    .param(
                            "ids",
                            drafts.stream().map(java.util.UUID::fromString).toList())
                    .query(Long.class)
                    .single();
            assertThat(archived).isEqualTo(INVOICES);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDraftThatCannotBeIssuedTakesNoNumber() {
        var manager = users.create(Role.MANAGER);
        var before = fixtures.issued(manager, "EUR", "10.00");
        var broken = fixtures.draft(manager, "EUR", "10.00");
        jdbc.sql("UPDATE accounting_invoices SET due_date = :d WHERE id = :id")
                .param("d", fixtures.projects().today().minusDays(1))
                .param("id", java.util.UUID.fromString(broken))
                .update();

        var refused = fixtures.issue(manager, broken);
        var after = fixtures.issued(manager, "EUR", "10.00");

        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(sequence(api, manager, after)).isEqualTo(sequence(api, manager, before) + 1);
    }

    private static int sequence(Api api, TestUsers.TestUser user, String id) {
        String number = Json.read(api.get(user, "/api/accounting/invoices/" + id), "$.number");
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
