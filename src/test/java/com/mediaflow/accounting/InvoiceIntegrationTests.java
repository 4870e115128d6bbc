package com.mediaflow.accounting;

import static com.mediaflow.support.AccountingFixtures.decimal;
import static com.mediaflow.support.AccountingFixtures.invoiceBody;
import static com.mediaflow.support.AccountingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class InvoiceIntegrationTests {

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
    void theServerComputesTotalsPerLineWithMixedTaxRatesAndIgnoresClientTotals() {
        var manager = users.create(Role.MANAGER);
        var client = fixtures.projects().client(manager);
        var discounted = item("Colour grade", "3", "33.333", "19");
        discounted.put("discount_percent", 10);
        var body = invoiceBody(
                client,
                "EUR",
                List.of(
                        item("Shoot day", "2", "1250.00", "19"),
                        discounted,
                        item("Music licence", "1", "99.99", "7"),
                        item("Travel", "1", "45.50", "0")));
        body.put("total", 1);
        body.put("subtotal", 1);

        var result = api.post(manager, "/api/accounting/invoices", body);

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("draft");
        assertThat(result).bodyJson().extractingPath("$.number").isNull();
        // 3 × 33.333 = 99.999 less 10 % = 89.9991 → 90.00; its tax 19 % = 17.10
        assertThat(decimal(result, "$.items[1].gross_amount")).isEqualByComparingTo("100.00");
        assertThat(decimal(result, "$.items[1].net_amount")).isEqualByComparingTo("90.00");
        assertThat(decimal(result, "$.items[1].discount_amount")).isEqualByComparingTo("10.00");
        assertThat(decimal(result, "$.items[1].tax_amount")).isEqualByComparingTo("17.10");
        // 99.99 at 7 % = 6.9993 → 7.00
        assertThat(decimal(result, "$.items[2].tax_amount")).isEqualByComparingTo("7.00");
        assertThat(decimal(result, "$.subtotal")).isEqualByComparingTo("2735.49");
        assertThat(decimal(result, "$.tax_total")).isEqualByComparingTo("499.10");
        assertThat(decimal(result, "$.total")).isEqualByComparingTo("3234.59");
        assertThat(result).bodyJson().extractingPath("$.tax_summary").asArray().hasSize(3);
        assertThat(decimal(result, "$.tax_summary[0].rate")).isEqualByComparingTo("0");
        assertThat(decimal(result, "$.tax_summary[1].rate")).isEqualByComparingTo("7");
        assertThat(decimal(result, "$.tax_summary[1].tax_amount")).isEqualByComparingTo("7.00");
        assertThat(decimal(result, "$.tax_summary[2].taxable_amount")).isEqualByComparingTo("2590.00");
        assertThat(decimal(result, "$.tax_summary[2].tax_amount")).isEqualByComparingTo("492.10");
    }

    @Test
    void yenInvoicesHaveNoDecimals() {
        var manager = users.create(Role.MANAGER);
        var body = invoiceBody(
                fixtures.projects().client(manager),
                "JPY",
                List.of(item("Drone footage", "3", "333.5", "10"), item("Edit", "1", "1000", "8")));

        var result = api.post(manager, "/api/accounting/invoices", body);

        assertThat(result).hasStatus(201);
        // 3 × 333.5 = 1000.5 → 1001, tax 100.1 → 100; 1000 at 8 % = 80
        assertThat(Json.body(result)).contains("\"net_amount\":1001,").contains("\"total\":2181,");
        assertThat(decimal(result, "$.tax_total")).isEqualByComparingTo("180");
    }

    @Test
    void amountsWithMoreDecimalsThanTheCurrencyAreRefused() {
        var manager = users.create(Role.MANAGER);
        var draft = fixtures.issued(manager, "JPY", "1000");

        var result = api.post(
                manager,
                "/api/accounting/invoices/" + draft + "/payments",
                Api.body("amount", new java.math.BigDecimal("10.5"), "method", "cash"));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("amount");
    }

    @Test
    void issuingGivesTheNextNumberOfTheYearAndFixesTheDates() {
        var manager = users.create(Role.MANAGER);
        var first = fixtures.draft(manager, "EUR", "100.00");
        var second = fixtures.draft(manager, "EUR", "200.00");

        var one = fixtures.issue(manager, first);
        var two = fixtures.issue(manager, second);

        assertThat(one).hasStatusOk();
        assertThat(one).bodyJson().extractingPath("$.status").isEqualTo("issued");
        String firstNumber = Json.read(one, "$.number");
        String secondNumber = Json.read(two, "$.number");
        var year = fixtures.projects().today().getYear();
        assertThat(firstNumber).matches("INV-" + year + "-\\d{4,}");
        assertThat(sequence(secondNumber)).isEqualTo(sequence(firstNumber) + 1);
        assertThat(one)
                .bodyJson()
                .extractingPath("$.issue_date")
                .isEqualTo(fixtures.projects().today().toString());
        assertThat(one)
                .bodyJson()
                .extractingPath("$.due_date")
                .isEqualTo(fixtures.projects().today().plusDays(30).toString());
        assertThat(Year.of(year)).isNotNull();
    }

    @Test
    void issuedInvoiceCannotBeEditedOrDeleted() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "100.00");
        var body = invoiceBody(fixtures.projects().client(manager), "EUR", List.of(item("Changed", "1", "1.00", "0")));
        body.put("version", 5);

        var edit = api.put(manager, "/api/accounting/invoices/" + id, body);
        var delete = api.delete(manager, "/api/accounting/invoices/" + id);
        var reissue = fixtures.issue(manager, id);

        assertThat(edit).hasStatus(409);
        assertThat(edit).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(delete).hasStatus(409);
        assertThat(delete).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(reissue).hasStatus(409);
        var after = api.get(manager, "/api/accounting/invoices/" + id);
        assertThat(decimal(after, "$.total")).isEqualByComparingTo("100.00");
    }

    @Test
    void draftsCanBeChangedAndDeleted() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.draft(manager, "EUR", "100.00");
        var body =
                invoiceBody(fixtures.projects().client(manager), "EUR", List.of(item("Two days", "2", "150.00", "19")));
        body.put("version", Json.read(api.get(manager, "/api/accounting/invoices/" + id), "$.version"));

        var edit = api.put(manager, "/api/accounting/invoices/" + id, body);
        var stale = api.put(manager, "/api/accounting/invoices/" + id, body);
        var delete = api.delete(manager, "/api/accounting/invoices/" + id);

        assertThat(edit).hasStatusOk();
        assertThat(decimal(edit, "$.total")).isEqualByComparingTo("357.00");
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(delete).hasStatus(204);
        assertThat(api.get(manager, "/api/accounting/invoices/" + id)).hasStatus(404);
    }

    @Test
    void aCreditNoteHasItsOwnSeriesReferencesTheInvoiceAndReducesItsBalance() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "1000.00");

        var result = api.post(
                manager,
                "/api/accounting/invoices/" + id + "/credit-note",
                Api.body("reason", "One shoot day cancelled", "items", List.of(item("Shoot day", "1", "250.00", "0"))));

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("credit_note");
        assertThat(result).bodyJson().extractingPath("$.credit_note_of").isEqualTo(id);
        assertThat((String) Json.read(result, "$.number")).matches("CN-\\d{4}-\\d{4,}");
        assertThat(decimal(result, "$.total")).isEqualByComparingTo("250.00");
        var invoice = api.get(manager, "/api/accounting/invoices/" + id);
        assertThat(decimal(invoice, "$.amount_credited")).isEqualByComparingTo("250.00");
        assertThat(decimal(invoice, "$.balance_due")).isEqualByComparingTo("750.00");
        assertThat(invoice).bodyJson().extractingPath("$.credit_notes[0].id").isEqualTo(Json.read(result, "$.id"));
    }

    @Test
    void aCreditNoteCannotExceedTheBalanceDue() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "100.00");

        var result = api.post(
                manager,
                "/api/accounting/invoices/" + id + "/credit-note",
                Api.body("reason", "Too much", "items", List.of(item("Everything", "1", "100.01", "0"))));

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(decimal(api.get(manager, "/api/accounting/invoices/" + id), "$.balance_due"))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void aFullCreditNoteSettlesAnUnpaidInvoice() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "80.00");

        var result = api.post(
                manager, "/api/accounting/invoices/" + id + "/credit-note", Api.body("reason", "Wrong client"));

        assertThat(result).hasStatus(201);
        assertThat(decimal(result, "$.total")).isEqualByComparingTo("80.00");
        var invoice = api.get(manager, "/api/accounting/invoices/" + id);
        assertThat(invoice).bodyJson().extractingPath("$.status").isEqualTo("credited");
        assertThat(decimal(invoice, "$.balance_due")).isEqualByComparingTo("0");
    }

    @Test
    void anIssuedInvoiceWithoutPaymentsCanBeVoidedAndKeepsItsNumber() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "100.00");
        String number = Json.read(api.get(manager, "/api/accounting/invoices/" + id), "$.number");

        var result = api.post(manager, "/api/accounting/invoices/" + id + "/void", Api.body("reason", "Duplicate"));
        var payment = api.post(
                manager, "/api/accounting/invoices/" + id + "/payments", Api.body("amount", 10, "method", "cash"));

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("void");
        assertThat(result).bodyJson().extractingPath("$.number").isEqualTo(number);
        assertThat(decimal(result, "$.balance_due")).isEqualByComparingTo("0");
        assertThat(payment).hasStatus(409);
    }

    @Test
    void draftsCannotBeVoided() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.draft(manager, "EUR", "100.00");

        var result = api.post(manager, "/api/accounting/invoices/" + id + "/void", Api.body("reason", "Nope"));

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
    }

    @Test
    void overdueIsDerivedFromTheDueDateAndTheBalance() {
        var manager = users.create(Role.MANAGER);
        var overdue = fixtures.issued(manager, "EUR", "100.00");
        var paid = fixtures.issued(manager, "EUR", "100.00");
        var current = fixtures.issued(manager, "EUR", "100.00");
        var past = fixtures.projects().today().minusDays(3);
        jdbc.sql("UPDATE accounting_invoices SET issue_date = :d, due_date = :d WHERE id IN (:ids)")
                .param("d", past)
                .param("ids", List.of(java.util.UUID.fromString(overdue), java.util.UUID.fromString(paid)))
                .update();
        assertThat(api.patch(manager, "/api/accounting/invoices/" + paid + "/mark-paid", Map.of()))
                .hasStatusOk();

        var one = api.get(manager, "/api/accounting/invoices/" + overdue);
        var list = api.get(manager, "/api/accounting/invoices?overdue=true&limit=100");

        assertThat(one).bodyJson().extractingPath("$.overdue").isEqualTo(true);
        assertThat(one).bodyJson().extractingPath("$.days_overdue").isEqualTo(3);
        List<String> ids = Json.read(list, "$.data[*].id");
        assertThat(ids).contains(overdue).doesNotContain(paid, current);
        assertThat(api.get(manager, "/api/accounting/invoices/" + current))
                .bodyJson()
                .extractingPath("$.overdue")
                .isEqualTo(false);
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
