package com.mediaflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import com.mediaflow.support.TestUsers.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ContactTimelineIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    ContactsApi api;
    TestUser producer;

    @BeforeEach
    void setUp() {
        api = new ContactsApi(mvc);
        producer = users.create(Role.PRODUCER);
    }

    @Test
    void notesAreAddedAndListedNewestFirst() {
        var id = api.createCompany(producer, "Noted " + ContactsApi.uniqueWord());

        var first = addNote(producer, id, "  Met at the festival.\\nWants a music video.  ");
        var second = addNote(producer, id, "Sent the showreel");

        assertThat(first).hasStatus(201);
        String noteId = Json.read(first, "$.id");
        assertThat(first.getResponse().getHeader("Location")).isEqualTo("/api/contacts/" + id + "/notes/" + noteId);
        assertThat(first).bodyJson().extractingPath("$.body").isEqualTo("Met at the festival.\nWants a music video.");
        assertThat(first)
                .bodyJson()
                .extractingPath("$.author_id")
                .isEqualTo(producer.id().toString());
        assertThat(first).bodyJson().extractingPath("$.author_name").isEqualTo(producer.fullName());
        assertThat(first).bodyJson().extractingPath("$.contact_id").isEqualTo(id);
        assertThat(second).hasStatus(201);

        var list = api.get(producer, "/api/contacts/" + id + "/notes");
        assertThat(list)
                .bodyJson()
                .extractingPath("$.data[*].body")
                .asArray()
                .containsExactly("Sent the showreel", "Met at the festival.\nWants a music video.");
        assertThat(list).bodyJson().extractingPath("$.data[0].author_name").isEqualTo(producer.fullName());
        assertThat(list).bodyJson().extractingPath("$.pagination.total").isEqualTo(2);
        var one = api.get(producer, "/api/contacts/" + id + "/notes/" + noteId);
        assertThat(Json.body(one)).isEqualTo(Json.body(first));
    }

    @Test
    void editorReadsNotesButCannotWriteThem() {
        var editor = users.create(Role.EDITOR);
        var id = api.createCompany(producer, "Read only " + ContactsApi.uniqueWord());
        addNote(producer, id, "Visible to the crew");

        var write = addNote(editor, id, "Editor note");
        var read = api.get(editor, "/api/contacts/" + id + "/notes");

        assertThat(write).hasStatus(403);
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.data[*].body").asArray().containsExactly("Visible to the crew");
    }

    @Test
    void blankOrOverlongNotesAreRejected() {
        var id = api.createCompany(producer, "Strict " + ContactsApi.uniqueWord());

        var blank = addNote(producer, id, "   ");
        var overlong = addNote(producer, id, "x".repeat(10_001));

        assertThat(blank).hasStatus(400);
        assertThat(blank).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
        assertThat(overlong).hasStatus(400);
        assertThat(overlong).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
        assertThat(api.get(producer, "/api/contacts/" + id + "/notes"))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void notesAndTimelineOfADeletedContactAreNotFound() {
        var id = api.createCompany(producer, "Deleted " + ContactsApi.uniqueWord());
        var noteId = Json.<String>read(addNote(producer, id, "Before deletion"), "$.id");
        api.delete(producer, id);

        assertThat(addNote(producer, id, "After deletion")).hasStatus(404);
        assertThat(api.get(producer, "/api/contacts/" + id + "/notes")).hasStatus(404);
        assertThat(api.get(producer, "/api/contacts/" + id + "/notes/" + noteId))
                .hasStatus(404);
        assertThat(api.get(producer, "/api/contacts/" + id + "/activities")).hasStatus(404);
        assertThat(api.get(producer, "/api/contacts/" + UUID.randomUUID() + "/activities"))
                .hasStatus(404);
    }

    @Test
    void aNoteIsOnlyFoundUnderItsOwnContact() {
        var id = api.createCompany(producer, "Owner " + ContactsApi.uniqueWord());
        var other = api.createCompany(producer, "Other " + ContactsApi.uniqueWord());
        var noteId = Json.<String>read(addNote(producer, id, "Private to the first"), "$.id");

        var result = api.get(producer, "/api/contacts/" + other + "/notes/" + noteId);

        assertThat(result).hasStatus(404);
    }

    @Test
    void timelineShowsCreationChangesAndNotesNewestFirst() {
        var word = ContactsApi.uniqueWord();
        var editor = users.create(Role.EDITOR);
        var id = api.createPerson(producer, "Tim", "Line", word + "@example.com");
        api.put(producer, id, """
                {"type": "person", "first_name": "Tim", "last_name": "Line", "email": "new.%s@example.com",
                 "tags": ["vip"], "owner_id": "%s", "version": 0}
                """.formatted(word, producer.id()));
        var noteId = Json.<String>read(addNote(producer, id, "Called about the spring campaign"), "$.id");

        var timeline = api.get(editor, "/api/contacts/" + id + "/activities");

        assertThat(timeline).hasStatusOk();
        assertThat(timeline)
                .bodyJson()
                .extractingPath("$.data[*].type")
                .asArray()
                .containsExactly("note.added", "contact.updated", "contact.created");
        assertThat(timeline)
                .bodyJson()
                .extractingPath("$.data[*].summary")
                .asArray()
                .containsExactly(
                        "Note: Called about the spring campaign", "Changed email, tags", "Person Tim Line created");
        assertThat(timeline).bodyJson().extractingPath("$.data[0].entity_type").isEqualTo("note");
        assertThat(timeline).bodyJson().extractingPath("$.data[0].entity_id").isEqualTo(noteId);
        assertThat(timeline).bodyJson().extractingPath("$.data[1].entity_id").isNull();
        assertThat(timeline)
                .bodyJson()
                .extractingPath("$.data[2].actor_id")
                .isEqualTo(producer.id().toString());
        assertThat(timeline).bodyJson().extractingPath("$.data[2].actor_name").isEqualTo(producer.fullName());

        var notesOnly = api.get(producer, "/api/contacts/" + id + "/activities?type=note.added");
        assertThat(notesOnly)
                .bodyJson()
                .extractingPath("$.data[*].type")
                .asArray()
                .containsExactly("note.added");
        var unknownParameter = api.get(producer, "/api/contacts/" + id + "/activities?kind=note");
        assertThat(unknownParameter).hasStatus(400);
    }

    @Test
    void otherModulesAddTimelineEntriesByPublishingAnEvent() {
        var id = UUID.fromString(api.createCompany(producer, "Client " + ContactsApi.uniqueWord()));
        var invoiceId = UUID.randomUUID();
        var issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

        transactions.executeWithoutResult(status -> events.publishEvent(new ContactActivityOccurred(
                id, "invoice.issued", "Invoice INV-2026-0042 issued", producer.id(), "invoice", invoiceId, issuedAt)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var timeline = api.get(producer, "/api/contacts/" + id + "/activities?type=invoice.issued");
            assertThat(timeline)
                    .bodyJson()
                    .extractingPath("$.data[0].summary")
                    .isEqualTo("Invoice INV-2026-0042 issued");
            assertThat(timeline)
                    .bodyJson()
                    .extractingPath("$.data[0].entity_type")
                    .isEqualTo("invoice");
            assertThat(timeline)
                    .bodyJson()
                    .extractingPath("$.data[0].entity_id")
                    .isEqualTo(invoiceId.toString());
            assertThat(timeline)
                    .bodyJson()
                    .extractingPath("$.data[0].occurred_at")
                    .isEqualTo(issuedAt.toString());
        });
    }

    @Test
    void anEventAboutAnUnknownContactIsDropped() {
        var unknown = UUID.randomUUID();

        transactions.executeWithoutResult(status -> events.publishEvent(new ContactActivityOccurred(
                unknown, "project.created", "Project started", null, null, null, Instant.now())));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id"
                                        + " AND completion_date IS NULL")
                                .param("id", "%" + unknown + "%")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM contact_activities WHERE contact_id = :id")
                        .param("id", unknown)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MvcTestResult addNote(TestUser user, String contactId, String body) {
        return mvc.post()
                .uri("/api/contacts/" + contactId + "/notes")
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"" + body + "\"}")
                .exchange();
    }
}
