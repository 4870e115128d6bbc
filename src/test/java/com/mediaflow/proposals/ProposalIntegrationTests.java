package com.mediaflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProposalFixtures;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ProposalIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    ProposalFixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        fixtures = new ProposalFixtures(mvc, jdbc);
        api = fixtures.api();
    }

    @Test
    void theServerComputesTotalsPerLineAndIgnoresOptionalItemsUntilChosen() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var body = ProposalFixtures.body(client.id());
        body.put("deposit_percent", 30);
        body.put("total", 1);

        var result = api.post(producer, "/api/proposals", body);

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("draft");
        assertThat(result).bodyJson().extractingPath("$.revision").isEqualTo(1);
        assertThat(decimal(result, "$.items[0].net_amount")).isEqualByComparingTo("1000.00");
        assertThat(decimal(result, "$.items[0].tax_amount")).isEqualByComparingTo("190.00");
        assertThat(decimal(result, "$.items[1].tax_amount")).isEqualByComparingTo("17.50");
        assertThat(decimal(result, "$.subtotal")).isEqualByComparingTo("1250.00");
        assertThat(decimal(result, "$.tax_total")).isEqualByComparingTo("207.50");
        assertThat(decimal(result, "$.total")).isEqualByComparingTo("1457.50");
        // 30 % of 1457.50 = 437.25
        assertThat(decimal(result, "$.deposit_amount")).isEqualByComparingTo("437.25");
        assertThat(result.getResponse().getHeader("Location")).endsWith((String) Json.read(result, "$.id"));
    }

    @Test
    void numbersUseThePrefixAndYearAndHaveNoGapsEvenWhenCreatedConcurrently() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var prefix = jdbc.sql("SELECT proposal_prefix FROM organization_settings")
                .query(String.class)
                .single();
        var year = LocalDate.now().getYear();
        List<Callable<String>> creations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            creations.add(() ->
                    Json.read(api.post(producer, "/api/proposals", ProposalFixtures.body(client.id())), "$.number"));
        }
        List<String> numbers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(3);
        try {
            for (var future : pool.invokeAll(creations)) {
                numbers.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        var duplicate = api.post(
                producer,
                "/api/proposals/" + fixtures.create(producer, ProposalFixtures.body(client.id())) + "/duplicate",
                null);
        numbers.add(Json.read(duplicate, "$.number"));

        var sequences = numbers.stream()
                .peek(n -> assertThat(n).matches(prefix + "-" + year + "-\\d{4,}"))
                .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(sequences).doesNotHaveDuplicates();
        // the draft in between took the number before the duplicate's
        var all = jdbc.sql(
                        "SELECT number_sequence FROM proposals_proposals WHERE number_series = :s AND number_year = :y"
                                + " AND revision = 1 ORDER BY 1")
                .param("s", prefix)
                .param("y", year)
                .query(Integer.class)
                .list();
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void aSentProposalIsFrozenAndOnlyTheNewestVersionCanBeSent() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var id = fixtures.create(producer, ProposalFixtures.body(client.id()));
        fixtures.send(producer, id, client.email());
        var sent = api.get(producer, "/api/proposals/" + id);
        var edit = ProposalFixtures.body(client.id());
        edit.put("version", Json.read(sent, "$.version"));

        var put = api.put(producer, "/api/proposals/" + id, edit);
        var addItem = api.post(
                producer, "/api/proposals/" + id + "/items", ProposalFixtures.item("", "Extra", "1", "10", "0", false));
        var revised = api.post(producer, "/api/proposals/" + id + "/revise", null);

        assertThat(put).hasStatus(409);
        assertThat(put).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(put).bodyJson().extractingPath("$.detail").asString().contains("revise");
        assertThat(addItem).hasStatus(409);
        assertThat(revised).hasStatus(201);
        assertThat(revised).bodyJson().extractingPath("$.number").isEqualTo(Json.read(sent, "$.number"));
        assertThat(revised).bodyJson().extractingPath("$.revision").isEqualTo(2);
        assertThat(revised).bodyJson().extractingPath("$.status").isEqualTo("draft");
        String v2 = Json.read(revised, "$.id");
        var old = api.get(producer, "/api/proposals/" + id);
        assertThat(old).bodyJson().extractingPath("$.status").isEqualTo("superseded");
        assertThat(api.post(producer, "/api/proposals/" + id + "/send", Api.body("recipient_email", client.email())))
                .hasStatus(409);
        assertThat(api.post(producer, "/api/proposals/" + id + "/revise", null)).hasStatus(409);
        // the new version is editable, then sendable
        var item = api.post(
                producer,
                "/api/proposals/" + v2 + "/items",
                ProposalFixtures.item("Post", "Sound mix", "1", "400", "19", false));
        assertThat(item).hasStatus(201);
        assertThat(decimal(item, "$.total")).isEqualByComparingTo("1933.50");
        var token = fixtures.send(producer, v2, client.email());
        assertThat(fixtures.open(token)).bodyJson().extractingPath("$.version").isEqualTo(2);
        var revisions = api.get(producer, "/api/proposals/" + v2 + "/revisions");
        assertThat(revisions)
                .bodyJson()
                .extractingPath("$[*].revision")
                .asArray()
                .containsExactly(2, 1);
        assertThat(revisions).bodyJson().extractingPath("$[1].status").isEqualTo("superseded");
        var list = api.get(producer, "/api/proposals?client_id=" + client.id());
        assertThat(list).bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(v2);
        var superseded = api.get(producer, "/api/proposals?status=superseded&client_id=" + client.id());
        assertThat(superseded)
                .bodyJson()
                .extractingPath("$.data[*].id")
                .asArray()
                .containsExactly(id);
        var activities = api.get(producer, "/api/proposals/" + v2 + "/activities?limit=100");
        assertThat(activities)
                .bodyJson()
                .extractingPath("$.data[*].kind")
                .asArray()
                .contains("revised", "sent", "created");
    }

    @Test
    void itemsAreEditedThroughTheNestedRoutesOfADraft() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var id = fixtures.create(producer, ProposalFixtures.body(client.id()));
        var items = api.get(producer, "/api/proposals/" + id + "/items");
        String first = Json.read(items, "$[0].id");

        var changed = api.put(
                producer,
                "/api/proposals/" + id + "/items/" + first,
                ProposalFixtures.item("Shoot", "Shoot days", "3", "500", "19", false));
        var removed = api.delete(producer, "/api/proposals/" + id + "/items/" + Json.read(items, "$[2].id"));
        var missing = api.delete(producer, "/api/proposals/" + id + "/items/" + java.util.UUID.randomUUID());

        assertThat(changed).hasStatusOk();
        assertThat(decimal(changed, "$.subtotal")).isEqualByComparingTo("1750.00");
        assertThat(removed).hasStatusOk();
        assertThat(removed).bodyJson().extractingPath("$.items").asArray().hasSize(2);
        assertThat(missing).hasStatus(404);
    }

    @Test
    void aDeletedDraftDisappearsButKeepsItsNumber() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var id = fixtures.create(producer, ProposalFixtures.body(client.id()));

        assertThat(api.delete(producer, "/api/proposals/" + id)).hasStatus(204);

        assertThat(api.get(producer, "/api/proposals/" + id)).hasStatus(404);
        var kept = jdbc.sql("SELECT count(*) FROM proposals_proposals WHERE id = :id")
                .param("id", java.util.UUID.fromString(id))
                .query(Long.class)
                .single();
        assertThat(kept).isEqualTo(1);
    }

    @Test
    void editorsAndAssistantsCannotReadCreateOrSendProposals() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var id = fixtures.create(producer, ProposalFixtures.body(client.id()));
        for (var role : List.of(Role.EDITOR, Role.ASSISTANT)) {
            var user = users.create(role);

            assertThat(api.post(user, "/api/proposals", ProposalFixtures.body(client.id())))
                    .hasStatus(403);
            assertThat(api.post(user, "/api/proposals/" + id + "/send", Api.body("recipient_email", client.email())))
                    .hasStatus(403);
            assertThat(api.get(user, "/api/proposals")).hasStatus(403);
            assertThat(api.get(user, "/api/proposals/leads")).hasStatus(403);
        }
        var manager = users.create(Role.MANAGER);
        assertThat(api.get(manager, "/api/proposals/" + id)).hasStatusOk();
    }

    @Test
    void badInputIsAClearProblem() {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var both = ProposalFixtures.body(client.id());
        both.put("lead_id", java.util.UUID.randomUUID());
        var badItem = ProposalFixtures.body(client.id());
        badItem.put("items", List.of(ProposalFixtures.item("", "Nothing", "0", "10", "0", false)));

        assertThat(api.post(producer, "/api/proposals", both)).hasStatus(400);
        assertThat(api.post(producer, "/api/proposals", badItem)).hasStatus(400);
        assertThat(api.get(producer, "/api/proposals?colour=red")).hasStatus(400);
        assertThat(api.get(producer, "/api/proposals?sort=secret")).hasStatus(400);
    }

    @Test
    void theStudioPdfShowsOptionalItemsAndADraftMark() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var client = fixtures.client(producer);
        var id = fixtures.create(producer, ProposalFixtures.body(client.id()));

        var pdf = api.get(producer, "/api/proposals/" + id + "/pdf");

        assertThat(pdf).hasStatusOk();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Brand film")
                    .contains("Colour grade")
                    .contains("OPTIONAL")
                    .contains("DRAFT")
                    .contains("1,457.50")
                    .doesNotContain("Signature certificate");
        }
    }

    private static BigDecimal decimal(org.springframework.test.web.servlet.assertj.MvcTestResult result, String path) {
        return new BigDecimal(Json.read(result, path).toString());
    }
}
