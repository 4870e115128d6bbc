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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ExpenseIntegrationTests {

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
    void anyoneSubmitsTheirOwnExpenseAndSeesOnlyTheirOwn() {
        var editor = users.create(Role.EDITOR);
        var other = users.create(Role.ASSISTANT);
        var mine = fixtures.expense(editor, Map.of("currency", "EUR"));
        var theirs = fixtures.expense(other, Map.of("currency", "EUR"));

        var one = api.get(editor, "/api/accounting/expenses/" + mine);
        var list = api.get(editor, "/api/accounting/expenses?limit=100");

        assertThat(one).hasStatusOk();
        assertThat(one).bodyJson().extractingPath("$.status").isEqualTo("pending");
        assertThat(one)
                .bodyJson()
                .extractingPath("$.submitted_by")
                .isEqualTo(editor.id().toString());
        assertThat(decimal(one, "$.net_amount")).isEqualByComparingTo("100.00");
        assertThat(api.get(editor, "/api/accounting/expenses/" + theirs)).hasStatus(404);
        List<String> ids = Json.read(list, "$.data[*].id");
        assertThat(ids).containsExactly(mine);
        assertThat(decimal(list, "$.totals[0].amount")).isEqualByComparingTo("119.00");
    }

    @Test
    void approvalIsForApproversAndNeverOnTheirOwnExpense() {
        var manager = users.create(Role.MANAGER);
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var own = fixtures.expense(manager, Map.of());
        var editors = fixtures.expense(editor, Map.of());

        var selfApproval = api.patch(manager, "/api/accounting/expenses/" + own + "/approve", Map.of());
        var byProducer = api.patch(producer, "/api/accounting/expenses/" + editors + "/approve", Map.of());
        var byEditor = api.patch(editor, "/api/accounting/expenses/" + editors + "/approve", Map.of());
        var approved = api.patch(manager, "/api/accounting/expenses/" + editors + "/approve", Map.of());
        var twice = api.patch(manager, "/api/accounting/expenses/" + editors + "/approve", Map.of());

        assertThat(selfApproval).hasStatus(403);
        assertThat(byProducer).hasStatus(403);
        assertThat(byEditor).hasStatus(403);
        assertThat(approved).hasStatusOk();
        assertThat(approved).bodyJson().extractingPath("$.status").isEqualTo("approved");
        assertThat(approved)
                .bodyJson()
                .extractingPath("$.approved_by")
                .isEqualTo(manager.id().toString());
        assertThat(approved).bodyJson().extractingPath("$.approved_at").isNotNull();
        assertThat(twice).hasStatus(409);
        assertThat(twice).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
    }

    @Test
    void rejectionNeedsAReasonAndIsRecorded() throws Exception {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        var id = fixtures.expense(editor, Map.of());

        var withoutReason = api.patch(owner, "/api/accounting/expenses/" + id + "/reject", Map.of("reason", " "));
        var rejected = api.patch(owner, "/api/accounting/expenses/" + id + "/reject", Map.of("reason", "No receipt"));
        var markPaid = api.patch(owner, "/api/accounting/expenses/" + id + "/mark-paid", Map.of());

        assertThat(withoutReason).hasStatus(400);
        assertThat(rejected).hasStatusOk();
        assertThat(rejected).bodyJson().extractingPath("$.status").isEqualTo("rejected");
        assertThat(rejected).bodyJson().extractingPath("$.rejection_reason").isEqualTo("No receipt");
        assertThat(rejected)
                .bodyJson()
                .extractingPath("$.rejected_by")
                .isEqualTo(owner.id().toString());
        assertThat(markPaid).hasStatus(409);
        assertThat(awaitMailTo(editor.email()).getSubject()).containsIgnoringCase("rejected");
    }

    @Test
    void anApprovedExpenseIsMarkedPaidAndKeepsWhoDidEachStep() throws Exception {
        var manager = users.create(Role.MANAGER);
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        var id = fixtures.expense(editor, Map.of());
        fixtures.approve(manager, id);

        var paid = api.patch(owner, "/api/accounting/expenses/" + id + "/mark-paid", Map.of());

        assertThat(paid).hasStatusOk();
        assertThat(paid).bodyJson().extractingPath("$.status").isEqualTo("paid");
        assertThat(paid)
                .bodyJson()
                .extractingPath("$.approved_by")
                .isEqualTo(manager.id().toString());
        assertThat(paid)
                .bodyJson()
                .extractingPath("$.paid_by")
                .isEqualTo(owner.id().toString());
        var audit = jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'expense' AND entity_id = :id"
                        + " ORDER BY occurred_at")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(audit).containsExactly("expense.submitted", "expense.approved", "expense.paid");
        assertThat(awaitMailTo(editor.email()).getSubject()).containsIgnoringCase("approved");
    }

    private static jakarta.mail.internet.MimeMessage awaitMailTo(String recipient) throws Exception {
        for (int i = 0; i < 150; i++) {
            for (var message :
                    com.mediaflow.support.TestInfrastructure.mailbox().getReceivedMessages()) {
                if (java.util.Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().equals(recipient))) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + recipient);
    }

    @Test
    void onlyThePendingExpenseOfItsSubmitterCanBeChangedOrWithdrawn() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var id = fixtures.expense(editor, Map.of());
        var body = Api.body(
                "category",
                "travel",
                "amount",
                new BigDecimal("50.00"),
                "date",
                fixtures.projects().today().toString(),
                "description",
                "Train",
                "version",
                0);

        var byOther = api.put(manager, "/api/accounting/expenses/" + id, body);
        var bySubmitter = api.put(editor, "/api/accounting/expenses/" + id, body);
        fixtures.approve(manager, id);
        body.put("version", Json.read(api.get(editor, "/api/accounting/expenses/" + id), "$.version"));
        var afterApproval = api.put(editor, "/api/accounting/expenses/" + id, body);
        var withdraw = api.delete(editor, "/api/accounting/expenses/" + id);

        assertThat(byOther).hasStatus(403);
        assertThat(bySubmitter).hasStatusOk();
        assertThat(bySubmitter).bodyJson().extractingPath("$.category").isEqualTo("travel");
        assertThat(decimal(bySubmitter, "$.tax_amount")).isEqualByComparingTo("0");
        assertThat(afterApproval).hasStatus(409);
        assertThat(afterApproval).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(withdraw).hasStatus(409);
        var pending = fixtures.expense(editor, Map.of());
        assertThat(api.delete(editor, "/api/accounting/expenses/" + pending)).hasStatus(204);
    }

    @Test
    void inputIsValidated() {
        var editor = users.create(Role.EDITOR);
        var today = fixtures.projects().today();
        var base = Api.body(
                "category",
                "catering",
                "amount",
                new BigDecimal("10.00"),
                "date",
                today.toString(),
                "description",
                "Lunch",
                "currency",
                "EUR");

        var taxTooHigh = new java.util.LinkedHashMap<>(base);
        taxTooHigh.put("tax_amount", new BigDecimal("10.01"));
        var future = new java.util.LinkedHashMap<>(base);
        future.put("date", today.plusDays(1).toString());
        var cents = new java.util.LinkedHashMap<>(base);
        cents.put("currency", "JPY");
        cents.put("amount", new BigDecimal("10.5"));
        var category = new java.util.LinkedHashMap<>(base);
        category.put("category", "champagne");
        var hiddenProject = new java.util.LinkedHashMap<>(base);
        hiddenProject.put("project_id", fixtures.projects().project(users.create(Role.MANAGER)));

        assertThat(api.post(editor, "/api/accounting/expenses", taxTooHigh)).hasStatus(400);
        assertThat(api.post(editor, "/api/accounting/expenses", future)).hasStatus(400);
        assertThat(api.post(editor, "/api/accounting/expenses", cents)).hasStatus(400);
        assertThat(api.post(editor, "/api/accounting/expenses", category)).hasStatus(400);
        assertThat(api.post(editor, "/api/accounting/expenses", hiddenProject)).hasStatus(404);
    }

    @Test
    void filtersAndTotalsPerCurrencyCoverEveryMatchingExpense() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var projectId = fixtures.projects().projectWithCrew(manager, editor);
        var random = new java.util.Random(77L);
        var expectedEur = BigDecimal.ZERO;
        var expectedUsd = BigDecimal.ZERO;
        int count = 0;
        for (int i = 0; i < 25; i++) {
            var currency = i % 3 == 0 ? "USD" : "EUR";
            var amount = BigDecimal.valueOf(100 + random.nextInt(100_000), 2);
            var billable = i % 2 == 0;
            fixtures.expense(
                    editor,
                    Map.of(
                            "project_id",
                            projectId,
                            "currency",
                            currency,
                            "amount",
                            amount,
                            "tax_amount",
                            0,
                            "billable",
                            billable));
            if (billable) {
                count++;
                if (currency.equals("EUR")) {
                    expectedEur = expectedEur.add(amount);
                } else {
                    expectedUsd = expectedUsd.add(amount);
                }
            }
        }

        var result = api.get(
                manager,
                "/api/accounting/expenses?project_id=" + projectId + "&billable=true&limit=5"
                        + "&category=equipment_rental&status=pending&submitted_by=" + editor.id());

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.pagination.total").isEqualTo(count);
        assertThat(result).bodyJson().extractingPath("$.data").asArray().hasSize(5);
        assertThat(result).bodyJson().extractingPath("$.totals[0].currency").isEqualTo("EUR");
        assertThat(decimal(result, "$.totals[0].amount")).isEqualByComparingTo(expectedEur);
        assertThat(result).bodyJson().extractingPath("$.totals[1].currency").isEqualTo("USD");
        assertThat(decimal(result, "$.totals[1].amount")).isEqualByComparingTo(expectedUsd);
        assertThat(api.get(manager, "/api/accounting/expenses?colour=red")).hasStatus(400);
    }

    @Test
    void approvedExpensesCountAsProjectCost() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var currency = fixtures.organizationCurrency();
        var body = fixtures.projects().projectBody(manager);
        body.put("budget", 1000);
        body.put("currency", currency);
        var projectId = fixtures.projects().project(manager, body);
        fixtures.projects().addToTeam(manager, projectId, editor.id(), "editor");
        var approved = fixtures.expense(editor, Map.of("project_id", projectId, "amount", new BigDecimal("300.50")));
        fixtures.expense(editor, Map.of("project_id", projectId, "amount", new BigDecimal("99.00")));
        fixtures.approve(manager, approved);

        var budget = api.get(manager, "/api/projects/" + projectId + "/budget");

        assertThat(budget).hasStatusOk();
        assertThat(decimal(budget, "$.actual")).isEqualByComparingTo("300.50");
        List<String> sources = Json.read(budget, "$.breakdown[*].source");
        assertThat(sources).contains("expenses");
        var delete = api.delete(manager, "/api/projects/" + projectId);
        assertThat(delete).hasStatus(409);
    }

    @Test
    void producersSeeTheExpensesOfTheirOwnProjects() {
        var manager = users.create(Role.MANAGER);
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var theirs = fixtures.projects().projectWithCrew(manager, editor);
        fixtures.projects().addToTeam(manager, theirs, producer.id(), "producer");
        var other = fixtures.projects().projectWithCrew(manager, editor);
        var onTheirs = fixtures.expense(editor, Map.of("project_id", theirs));
        var onOther = fixtures.expense(editor, Map.of("project_id", other));

        assertThat(api.get(producer, "/api/accounting/expenses/" + onTheirs)).hasStatusOk();
        assertThat(api.get(producer, "/api/accounting/expenses/" + onOther)).hasStatus(404);
        List<String> listed = Json.read(api.get(producer, "/api/accounting/expenses?limit=100"), "$.data[*].id");
        assertThat(listed).contains(onTheirs).doesNotContain(onOther);
    }

    @Test
    void approvedBillableExpensesAreBilledOnceOnAnInvoice() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var billable = fixtures.expense(editor, Map.of("billable", true, "currency", "EUR"));
        var notBillable = fixtures.expense(editor, Map.of("currency", "EUR"));
        var pending = fixtures.expense(editor, Map.of("billable", true, "currency", "EUR"));
        fixtures.approve(manager, billable);
        fixtures.approve(manager, notBillable);
        var client = fixtures.projects().client(manager);
        var body = Api.body(
                "client_id",
                client.toString(),
                "currency",
                "EUR",
                "items",
                List.of(),
                "expense_ids",
                List.of(billable),
                "expense_tax_rate",
                19);

        var invoice = api.post(manager, "/api/accounting/invoices", body);
        var again = api.post(manager, "/api/accounting/invoices", body);
        var notBillableResult = api.post(
                manager,
                "/api/accounting/invoices",
                Api.body("client_id", client.toString(), "currency", "EUR", "expense_ids", List.of(notBillable)));
        var pendingResult = api.post(
                manager,
                "/api/accounting/invoices",
                Api.body("client_id", client.toString(), "currency", "EUR", "expense_ids", List.of(pending)));

        assertThat(invoice).hasStatus(201);
        assertThat(decimal(invoice, "$.items[0].unit_price")).isEqualByComparingTo("100.00");
        assertThat(decimal(invoice, "$.total")).isEqualByComparingTo("119.00");
        assertThat(invoice).bodyJson().extractingPath("$.items[0].expense_id").isEqualTo(billable);
        assertThat(api.get(manager, "/api/accounting/expenses/" + billable))
                .bodyJson()
                .extractingPath("$.invoice_id")
                .isEqualTo(Json.read(invoice, "$.id"));
        assertThat(again).hasStatus(409);
        assertThat(notBillableResult).hasStatus(409);
        assertThat(pendingResult).hasStatus(409);
        assertThat(api.delete(manager, "/api/accounting/invoices/" + Json.read(invoice, "$.id")))
                .hasStatus(204);
        assertThat(api.post(manager, "/api/accounting/invoices", body)).hasStatus(201);
    }
}
