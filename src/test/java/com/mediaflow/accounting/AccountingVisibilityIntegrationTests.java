package com.mediaflow.accounting;

import static com.mediaflow.support.AccountingFixtures.invoiceBody;
import static com.mediaflow.support.AccountingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class AccountingVisibilityIntegrationTests {

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
    void editorsAndAssistantsHaveNoFinancialRoutes() {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "10.00");
        for (var role : List.of(Role.EDITOR, Role.ASSISTANT)) {
            var user = users.create(role);
            assertThat(api.get(user, "/api/accounting/invoices")).hasStatus(403);
            assertThat(api.get(user, "/api/accounting/invoices/" + id)).hasStatus(403);
            assertThat(api.get(user, "/api/accounting/income")).hasStatus(403);
            assertThat(api.get(user, "/api/accounting/dashboard")).hasStatus(403);
            assertThat(api.get(user, "/api/accounting/summary")).hasStatus(403);
            assertThat(api.get(user, "/api/accounting/profit-loss")).hasStatus(403);
            assertThat(api.post(
                            user,
                            "/api/accounting/invoices",
                            invoiceBody(fixtures.projects().client(manager), "EUR", List.of(item("x", "1", "1", "0")))))
                    .hasStatus(403);
        }
    }

    @Test
    void producersSeeOnlyTheInvoicesOfTheirOwnProjectsAndChangeNone() {
        var manager = users.create(Role.MANAGER);
        var producer = users.create(Role.PRODUCER);
        var theirs = fixtures.projects().project(manager);
        fixtures.projects().addToTeam(manager, theirs, producer.id(), "producer");
        var other = fixtures.projects().project(manager);
        var client = fixtures.projects().client(manager);
        var onTheirs = invoiceBody(client, "EUR", List.of(item("Shoot", "1", "100", "0")));
        onTheirs.put("project_id", theirs);
        var onOther = invoiceBody(client, "EUR", List.of(item("Shoot", "1", "100", "0")));
        onOther.put("project_id", other);
        var visible = fixtures.draft(manager, onTheirs);
        var hidden = fixtures.draft(manager, onOther);
        var studioWide = fixtures.draft(manager, "EUR", "5.00");

        assertThat(api.get(producer, "/api/accounting/invoices/" + visible)).hasStatusOk();
        assertThat(api.get(producer, "/api/accounting/invoices/" + hidden)).hasStatus(404);
        assertThat(api.get(producer, "/api/accounting/invoices/" + studioWide)).hasStatus(404);
        assertThat(api.get(producer, "/api/accounting/invoices/" + hidden + "/pdf"))
                .hasStatus(404);
        List<String> listed = Json.read(api.get(producer, "/api/accounting/invoices?limit=100"), "$.data[*].id");
        assertThat(listed).contains(visible).doesNotContain(hidden, studioWide);
        assertThat(fixtures.issue(producer, visible)).hasStatus(403);
        assertThat(api.get(producer, "/api/accounting/dashboard")).hasStatusOk();
    }

    @Test
    void anInvoiceOfAProjectSomeoneMayNotSeeIsNotFound() {
        var manager = users.create(Role.MANAGER);
        var producer = users.create(Role.PRODUCER);
        var project = fixtures.projects().project(manager);
        var body = invoiceBody(fixtures.projects().client(manager), "EUR", List.of(item("Edit", "1", "10", "0")));
        body.put("project_id", project);
        var id = fixtures.draft(manager, body);

        var result = api.get(producer, "/api/accounting/invoices/" + id);

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
    }
}
