package com.mediaflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Expenses and invoices for tests, made through the real routes. */
public final class AccountingFixtures {

    private final Api api;
    private final JdbcClient jdbc;
    private final ProjectFixtures projects;

    public AccountingFixtures(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
        this.projects = new ProjectFixtures(api, jdbc);
    }

    public ProjectFixtures projects() {
        return projects;
    }

    /** A company client with an e-mail address; its id. */
    public UUID clientWithEmail(TestUsers.TestUser createdBy, String email) {
        var id = projects.client(createdBy);
        jdbc.sql("UPDATE contacts SET email = :email WHERE id = :id")
                .param("email", email)
                .param("id", id)
                .update();
        return id;
    }

    public static Map<String, Object> item(String description, String quantity, String unitPrice, String taxRate) {
        return Api.body(
                "description",
                description,
                "quantity",
                new BigDecimal(quantity),
                "unit_price",
                new BigDecimal(unitPrice),
                "tax_rate",
                new BigDecimal(taxRate));
    }

    public static Map<String, Object> invoiceBody(UUID clientId, String currency, List<Map<String, Object>> items) {
        return Api.body("client_id", clientId.toString(), "currency", currency, "items", items);
    }

    /** A draft invoice; its id. */
    public String draft(TestUsers.TestUser user, Map<String, Object> body) {
        var result = api.post(user, "/api/accounting/invoices", body);
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }

    /** A draft of one line of {@code amount} at 0 % tax for a new client; its id. */
    public String draft(TestUsers.TestUser user, String currency, String amount) {
        return draft(user, invoiceBody(projects.client(user), currency, List.of(item("Edit day", "1", amount, "0"))));
    }

    public MvcTestResult issue(TestUsers.TestUser user, String invoiceId) {
        return api.post(user, "/api/accounting/invoices/" + invoiceId + "/issue", null);
    }

    /** An issued invoice of one line of {@code amount} at 0 % tax; its id. */
    public String issued(TestUsers.TestUser user, String currency, String amount) {
        var id = draft(user, currency, amount);
        assertThat(issue(user, id)).hasStatusOk();
        return id;
    }

    /** A pending expense submitted by {@code user}; its id. */
    public String expense(TestUsers.TestUser user, Map<String, Object> overrides) {
        var body = Api.body(
                "category",
                "equipment_rental",
                "amount",
                new BigDecimal("119.00"),
                "tax_amount",
                new BigDecimal("19.00"),
                "date",
                projects.today().toString(),
                "description",
                "Lens rental",
                "vendor",
                "Rent-a-Lens");
        body.putAll(overrides);
        var result = api.post(user, "/api/accounting/expenses", body);
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }

    public void approve(TestUsers.TestUser approver, String expenseId) {
        assertThat(api.patch(approver, "/api/accounting/expenses/" + expenseId + "/approve", Map.of()))
                .hasStatusOk();
    }

    public String organizationCurrency() {
        return jdbc.sql("SELECT default_currency FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single();
    }

    public static BigDecimal decimal(MvcTestResult result, String path) {
        Object value = Json.read(result, path);
        return new BigDecimal(String.valueOf(value));
    }
}
