package com.mediaflow.accounting;

import static com.mediaflow.support.AccountingFixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class InvoicePaymentIntegrationTests {

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
    void partialThenFullPaymentSettleTheInvoiceAndEachMakesOneIncomeEntry() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "1000.00");

        var first = pay(manager, id, "400.00", "bank_transfer", "SEPA-1");
        var afterFirst = api.get(manager, "/api/accounting/invoices/" + id);
        var second = pay(manager, id, "600.00", "card", null);
        var afterSecond = api.get(manager, "/api/accounting/invoices/" + id);

        assertThat(first).hasStatus(201);
        assertThat(first).bodyJson().extractingPath("$.reference").isEqualTo("SEPA-1");
        assertThat(afterFirst).bodyJson().extractingPath("$.status").isEqualTo("partially_paid");
        assertThat(decimal(afterFirst, "$.balance_due")).isEqualByComparingTo("600.00");
        assertThat(second).hasStatus(201);
        assertThat(afterSecond).bodyJson().extractingPath("$.status").isEqualTo("paid");
        assertThat(decimal(afterSecond, "$.balance_due")).isEqualByComparingTo("0");
        assertThat(afterSecond)
                .bodyJson()
                .extractingPath("$.settled_on")
                .isEqualTo(fixtures.projects().today().toString());
        var income = api.get(manager, "/api/accounting/income?invoice_id=" + id + "&sort=amount");
        assertThat(income).bodyJson().extractingPath("$.pagination.total").isEqualTo(2);
        assertThat(decimal(income, "$.data[0].amount")).isEqualByComparingTo("400.00");
        assertThat(income).bodyJson().extractingPath("$.data[0].source").isEqualTo("invoice_payment");
        assertThat(income).bodyJson().extractingPath("$.data[0].status").isEqualTo("received");
        assertThat(income).bodyJson().extractingPath("$.data[0].payment_id").isEqualTo(Json.read(first, "$.id"));
        assertThat(income).bodyJson().extractingPath("$.data[0].id").isEqualTo(Json.read(first, "$.income_id"));
        var payments = api.get(manager, "/api/accounting/invoices/" + id + "/payments");
        assertThat(payments).bodyJson().extractingPath("$.data").asArray().hasSize(2);
    }

    @Test
    void anOverPaymentIsRefused() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "100.00");
        pay(manager, id, "60.00", "cash", null);

        var result = pay(manager, id, "40.01", "cash", null);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(decimal(result, "$.balance_due")).isEqualByComparingTo("40.00");
        assertThat(incomeCount(id)).isEqualTo(1);
    }

    @Test
    void aRetriedPaymentWithTheSameIdempotencyKeyIsRecordedOnce() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "500.00");
        var key = UUID.randomUUID().toString();
        var body = "{\"amount\": 200.00, \"method\": \"bank_transfer\", \"reference\": \"R-7\"}";

        var first = keyed(manager, id, key, body);
        var retry = keyed(manager, id, key, body);

        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201);
        assertThat(retry).hasHeader("Idempotent-Replayed", "true");
        assertThat(Json.body(retry)).isEqualTo(Json.body(first));
        var invoice = api.get(manager, "/api/accounting/invoices/" + id);
        assertThat(decimal(invoice, "$.amount_paid")).isEqualByComparingTo("200.00");
        assertThat(incomeCount(id)).isEqualTo(1);
    }

    @Test
    void markPaidPaysTheWholeBalance() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "321.09");
        pay(manager, id, "21.09", "cash", null);

        var result = api.patch(
                manager, "/api/accounting/invoices/" + id + "/mark-paid", Map.of("method", "card", "reference", "X"));

        assertThat(result).hasStatusOk();
        assertThat(decimal(result, "$.amount")).isEqualByComparingTo("300.00");
        assertThat(api.get(manager, "/api/accounting/invoices/" + id))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("paid");
        assertThat(pay(manager, id, "1.00", "cash", null)).hasStatus(409);
    }

    @Test
    void draftsTakeNoPayments() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.draft(manager, "EUR", "100.00");

        var result = pay(manager, id, "10.00", "cash", null);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
    }

    @Test
    void theIncomeOfAPaymentCannotBeChangedOrDeletedByHand() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "100.00");
        String incomeId = Json.read(pay(manager, id, "100.00", "cash", null), "$.income_id");

        var delete = api.delete(manager, "/api/accounting/income/" + incomeId);
        var edit = api.put(
                manager,
                "/api/accounting/income/" + incomeId,
                Api.body(
                        "source",
                        "other",
                        "description",
                        "x",
                        "amount",
                        1,
                        "status",
                        "received",
                        "received_date",
                        fixtures.projects().today().toString(),
                        "version",
                        0));

        assertThat(delete).hasStatus(409);
        assertThat(delete).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(edit).hasStatus(409);
        assertThat(edit).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
    }

    @Test
    void expectedIncomeIsMarkedReceivedOnce() {
        var manager = users.create(Role.MANAGER);
        var created = api.post(
                manager,
                "/api/accounting/income",
                Api.body(
                        "source",
                        "retainer",
                        "description",
                        "March retainer",
                        "amount",
                        new BigDecimal("2500.00"),
                        "currency",
                        "EUR",
                        "status",
                        "expected",
                        "expected_date",
                        fixtures.projects().today().plusDays(10).toString()));
        String id = Json.read(created, "$.id");

        var received = api.patch(manager, "/api/accounting/income/" + id + "/mark-received", Map.of());
        var again = api.patch(manager, "/api/accounting/income/" + id + "/mark-received", Map.of());

        assertThat(created).hasStatus(201);
        assertThat(received).hasStatusOk();
        assertThat(received).bodyJson().extractingPath("$.status").isEqualTo("received");
        assertThat(received)
                .bodyJson()
                .extractingPath("$.received_date")
                .isEqualTo(fixtures.projects().today().toString());
        assertThat(again).hasStatus(409);
    }

    @Test
    void onlyThoseWhoMayViewFinancialsRecordPayments() {
        var manager = users.create(Role.MANAGER);
        var producer = users.create(Role.PRODUCER);
        var id = fixtures.issued(manager, "EUR", "100.00");

        assertThat(pay(producer, id, "10.00", "cash", null)).hasStatus(403);
        assertThat(pay(users.create(Role.EDITOR), id, "10.00", "cash", null)).hasStatus(403);
        assertThat(incomeCount(id)).isZero();
    }

    private MvcTestResult pay(TestUsers.TestUser user, String id, String amount, String method, String reference) {
        var body = Api.body("amount", new BigDecimal(amount), "method", method);
        if (reference != null) {
            body.put("reference", reference);
        }
        return api.post(user, "/api/accounting/invoices/" + id + "/payments", body);
    }

    private MvcTestResult keyed(TestUsers.TestUser user, String id, String key, String body) {
        return mvc.post()
                .uri("/api/accounting/invoices/" + id + "/payments")
                .header("Authorization", user.bearer())
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private long incomeCount(String invoiceId) {
        return jdbc.sql("SELECT COUNT(*) FROM accounting_income WHERE invoice_id = :id")
                .param("id", UUID.fromString(invoiceId))
                .query(Long.class)
                .single();
    }
}
