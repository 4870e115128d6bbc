package com.mediaflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import com.mediaflow.support.TestUsers.TestUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ContactsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ContactDirectory directory;

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
    void producerCreatesAPersonAndReadsItBackUnchanged() {
        var word = ContactsApi.uniqueWord();
        var created = api.post(producer, """
                {"type": "person", "first_name": " Anna ", "last_name": "Berg", "job_title": "Art director",
                 "email": "Anna.Berg.%1$s@Client.Example", "phone": "+49 30 1234567", "website": "https://client.example",
                 "address": {"line1": "Main street 1", "city": "Berlin", "postal_code": "10115", "country": "de"},
                 "tags": ["VIP", "vip", "%1$s"], "source": "referral",
                 "custom_fields": {"shoe_size": 38, "vegan": true, "instagram": "@anna", "languages": ["de", "en"], "agent": null}}
                """.formatted(word));

        assertThat(created).hasStatus(201);
        String id = Json.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/contacts/" + id);
        assertThat(created).bodyJson().extractingPath("$.display_name").isEqualTo("Anna Berg");
        assertThat(created).bodyJson().extractingPath("$.first_name").isEqualTo("Anna");
        assertThat(created).bodyJson().extractingPath("$.type").isEqualTo("person");
        assertThat(created).bodyJson().extractingPath("$.email").isEqualTo("anna.berg." + word + "@client.example");
        assertThat(created).bodyJson().extractingPath("$.address.country").isEqualTo("DE");
        assertThat(created).bodyJson().extractingPath("$.tags").asArray().containsExactly("vip", word);
        assertThat(created)
                .bodyJson()
                .extractingPath("$.owner_id")
                .isEqualTo(producer.id().toString());
        assertThat(created).bodyJson().extractingPath("$.version").isEqualTo(0);

        var read = api.get(producer, "/api/contacts/" + id);

        assertThat(read).hasStatusOk();
        assertThat(Json.body(read)).isEqualTo(Json.body(created));
        Map<String, Object> custom = Json.read(read, "$.custom_fields");
        assertThat(custom)
                .containsEntry("shoe_size", 38)
                .containsEntry("vegan", true)
                .containsEntry("instagram", "@anna")
                .containsEntry("languages", List.of("de", "en"))
                .containsEntry("agent", null);
        assertThat(custom.keySet()).containsExactly("agent", "instagram", "languages", "shoe_size", "vegan");
    }

    @Test
    void editorCannotCreateUpdateOrDeleteButCanRead() {
        var editor = users.create(Role.EDITOR);
        var word = ContactsApi.uniqueWord();
        var id = api.createCompany(producer, "Studio " + word);

        var create = api.post(editor, """
                {"type": "company", "name": "Other %s"}
                """.formatted(word));
        var update = api.put(editor, id, """
                {"type": "company", "name": "Renamed %s", "version": 0}
                """.formatted(word));
        var delete = api.delete(editor, id);

        assertThat(create).hasStatus(403);
        assertThat(create).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        assertThat(update).hasStatus(403);
        assertThat(delete).hasStatus(403);
        var read = api.get(editor, "/api/contacts/" + id);
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.name").isEqualTo("Studio " + word);
        var list = api.get(editor, "/api/contacts?q=" + word);
        assertThat(list).bodyJson().extractingPath("$.pagination.total").isEqualTo(1);
    }

    @Test
    void assistantCannotChangeContactsEither() {
        var assistant = users.create(Role.ASSISTANT);

        var create = api.post(assistant, """
                {"type": "company", "name": "Assistant Co"}
                """);

        assertThat(create).hasStatus(403);
    }

    @Test
    void anonymousCallerIsUnauthenticated() {
        var result = mvc.get().uri("/api/contacts").exchange();

        assertThat(result).hasStatus(401);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void badEmailIsRejectedWithItsFieldAndNothingIsStored() {
        var word = ContactsApi.uniqueWord();

        var result = api.post(producer, """
                {"type": "person", "first_name": "%s", "email": "not-an-address"}
                """.formatted(word));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("must be a well-formed email address");
        assertThat(api.get(producer, "/api/contacts?q=" + word))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void invalidFieldsAreAllReported() {
        var result = api.post(producer, """
                {"type": "person", "first_name": "Max", "phone": "call me", "website": "nowhere",
                 "address": {"country": "Germany"}, "tags": ["a,b"]}
                """);

        assertThat(result).hasStatus(400);
        List<String> fields = Json.read(result, "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("phone", "website", "address.country", "tags[0]");
    }

    @Test
    void missingTypeIsRejected() {
        var result = api.post(producer, """
                {"first_name": "Max"}
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("type");
    }

    @Test
    void eachTypeNeedsItsOwnNames() {
        var companyWithPersonFields = api.post(producer, """
                {"type": "company", "first_name": "Anna", "job_title": "CEO"}
                """);
        var personWithoutName = api.post(producer, """
                {"type": "person", "email": "nameless@example.com"}
                """);
        var personWithCompanyName = api.post(producer, """
                {"type": "person", "first_name": "Max", "name": "Max GmbH"}
                """);

        assertThat(companyWithPersonFields).hasStatus(400);
        List<String> companyErrors = Json.read(companyWithPersonFields, "$.errors[*].field");
        assertThat(companyErrors).containsExactlyInAnyOrder("name", "first_name", "job_title");
        assertThat(personWithoutName).hasStatus(400);
        assertThat(personWithoutName)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("first_name");
        assertThat(personWithCompanyName).hasStatus(400);
        assertThat(personWithCompanyName)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("name");
    }

    @Test
    void customFieldsMustBeFlatWithSnakeCaseKeys() {
        var nested = api.post(producer, """
                {"type": "company", "name": "Nested Co", "custom_fields": {"billing": {"vat": "DE1"}}}
                """);
        var badKey = api.post(producer, """
                {"type": "company", "name": "Key Co", "custom_fields": {"Billing Contact": "x"}}
                """);

        assertThat(nested).hasStatus(400);
        assertThat(nested).bodyJson().extractingPath("$.errors[0].field").isEqualTo("custom_fields.billing");
        assertThat(badKey).hasStatus(400);
        assertThat(badKey).bodyJson().extractingPath("$.errors[0].field").isEqualTo("custom_fields");
    }

    @Test
    void aPersonBelongsToACompanyAndFollowsItsRename() {
        var word = ContactsApi.uniqueWord();
        var companyId = api.createCompany(producer, "Northwind " + word);
        var person = api.post(producer, """
                {"type": "person", "first_name": "Lena", "company_id": "%s"}
                """.formatted(companyId));
        assertThat(person).hasStatus(201);
        assertThat(person).bodyJson().extractingPath("$.company_name").isEqualTo("Northwind " + word);
        String personId = Json.read(person, "$.id");

        var renamed = api.put(producer, companyId, """
                {"type": "company", "name": "Southwind %s", "version": 0}
                """.formatted(word));

        assertThat(renamed).hasStatusOk();
        var reread = api.get(producer, "/api/contacts/" + personId);
        assertThat(reread).bodyJson().extractingPath("$.company_name").isEqualTo("Southwind " + word);
        assertThat(reread).bodyJson().extractingPath("$.version").isEqualTo(0);
        var peopleOfCompany = api.get(producer, "/api/contacts?company_id=" + companyId);
        assertThat(peopleOfCompany)
                .bodyJson()
                .extractingPath("$.data[*].id")
                .asArray()
                .containsExactly(personId);
        var byCompanyName = api.get(producer, "/api/contacts?type=person&q=southwind " + word);
        assertThat(byCompanyName)
                .bodyJson()
                .extractingPath("$.data[*].id")
                .asArray()
                .containsExactly(personId);
    }

    @Test
    void aDeletedCompanyStaysOnItsPeopleButTakesNoNewOnes() {
        var word = ContactsApi.uniqueWord();
        var companyId = api.createCompany(producer, "Closed " + word);
        var personId = ContactsApi.created(api.post(producer, """
                {"type": "person", "first_name": "Pia", "company_id": "%s"}
                """.formatted(companyId)));
        assertThat(api.delete(producer, companyId)).hasStatus(204);

        var personKeepsIt = api.put(producer, personId, """
                {"type": "person", "first_name": "Pia", "last_name": "Kept", "company_id": "%s", "version": 0}
                """.formatted(companyId));
        var newcomer = api.post(producer, """
                {"type": "person", "first_name": "Noah", "company_id": "%s"}
                """.formatted(companyId));

        assertThat(personKeepsIt).hasStatusOk();
        assertThat(personKeepsIt).bodyJson().extractingPath("$.company_id").isEqualTo(companyId);
        assertThat(personKeepsIt).bodyJson().extractingPath("$.company_name").isEqualTo("Closed " + word);
        assertThat(newcomer).hasStatus(400);
        assertThat(newcomer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("company_id");
    }

    @Test
    void openApiDocumentDescribesTheContactRoutesAndTheirPermission() {
        var document = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(document).hasStatusOk();
        assertThat(document)
                .bodyJson()
                .extractingPath("$.paths")
                .asMap()
                .containsKeys(
                        "/api/contacts",
                        "/api/contacts/{id}",
                        "/api/contacts/{id}/notes",
                        "/api/contacts/{id}/notes/{note_id}",
                        "/api/contacts/{id}/activities",
                        "/api/contacts/import");
        assertThat(document)
                .bodyJson()
                .extractingPath("$.paths['/api/contacts/import'].post.requestBody.content")
                .asMap()
                .containsKey("multipart/form-data");
        assertThat(document)
                .bodyJson()
                .extractingPath("$.paths['/api/contacts'].post.description")
                .asString()
                .contains("can_manage_projects");
    }

    @Test
    void companyIdMustNameALiveCompany() {
        var personId = api.createPerson(producer, "Jon", "Doe", ContactsApi.uniqueWord() + "@example.com");

        var toPerson = api.post(producer, """
                {"type": "person", "first_name": "Kim", "company_id": "%s"}
                """.formatted(personId));
        var toNothing = api.post(producer, """
                {"type": "person", "first_name": "Kim", "company_id": "%s"}
                """.formatted(UUID.randomUUID()));

        assertThat(toPerson).hasStatus(400);
        assertThat(toPerson).bodyJson().extractingPath("$.errors[0].field").isEqualTo("company_id");
        assertThat(toNothing).hasStatus(400);
        assertThat(toNothing).bodyJson().extractingPath("$.errors[0].message").isEqualTo("no contact has this id");
    }

    @Test
    void ownerMustBeATeamMember() {
        var manager = users.create(Role.MANAGER);

        var unknown = api.post(producer, """
                {"type": "company", "name": "Owned Co", "owner_id": "%s"}
                """.formatted(UUID.randomUUID()));
        var known = api.post(producer, """
                {"type": "company", "name": "Owned Co", "owner_id": "%s"}
                """.formatted(manager.id()));

        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("owner_id");
        assertThat(known).hasStatus(201);
        assertThat(known)
                .bodyJson()
                .extractingPath("$.owner_id")
                .isEqualTo(manager.id().toString());
    }

    @Test
    void updateReplacesTheDetailsAndBumpsTheVersion() {
        var word = ContactsApi.uniqueWord();
        var id = api.createPerson(producer, "Tom", "Old", word + "@example.com");

        var updated = api.put(producer, id, """
                {"type": "person", "first_name": "Tom", "last_name": "New", "email": "%s@example.com",
                 "tags": ["client"], "version": 0}
                """.formatted(word));

        assertThat(updated).hasStatusOk();
        assertThat(updated).bodyJson().extractingPath("$.display_name").isEqualTo("Tom New");
        assertThat(updated).bodyJson().extractingPath("$.tags").asArray().containsExactly("client");
        assertThat(updated).bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(api.get(producer, "/api/contacts/" + id))
                .bodyJson()
                .extractingPath("$.last_name")
                .isEqualTo("New");
    }

    @Test
    void updateThatChangesNothingKeepsTheVersion() {
        var id = api.createCompany(producer, "Same " + ContactsApi.uniqueWord());
        var current = api.get(producer, "/api/contacts/" + id);
        String name = Json.read(current, "$.name");

        var updated = api.put(producer, id, """
                {"type": "company", "name": "%s", "owner_id": "%s", "version": 0}
                """.formatted(name, producer.id()));

        assertThat(updated).hasStatusOk();
        assertThat(updated).bodyJson().extractingPath("$.version").isEqualTo(0);
        assertThat(Json.<String>read(updated, "$.updated_at")).isEqualTo(Json.read(current, "$.updated_at"));
    }

    @Test
    void staleVersionIsAConflictAndLosesNothing() {
        var id = api.createCompany(producer, "Versioned " + ContactsApi.uniqueWord());
        var first = api.put(producer, id, """
                {"type": "company", "name": "First edit", "version": 0}
                """);

        var second = api.put(producer, id, """
                {"type": "company", "name": "Second edit", "version": 0}
                """);

        assertThat(first).hasStatusOk();
        assertThat(second).hasStatus(409);
        assertThat(second).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(second).bodyJson().extractingPath("$.current_version").isEqualTo(1);
        assertThat(api.get(producer, "/api/contacts/" + id))
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("First edit");
    }

    @Test
    void updateNeedsTheVersion() {
        var id = api.createCompany(producer, "Unversioned " + ContactsApi.uniqueWord());

        var result = api.put(producer, id, """
                {"type": "company", "name": "No version"}
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("version");
    }

    @Test
    void typeCannotChange() {
        var id = api.createCompany(producer, "Typed " + ContactsApi.uniqueWord());

        var result = api.put(producer, id, """
                {"type": "person", "first_name": "Typed", "version": 0}
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("type");
    }

    @Test
    void anEmailAddressBelongsToOneLiveContactWhateverItsCase() {
        var word = ContactsApi.uniqueWord();
        var firstId = api.createPerson(producer, "Ada", "One", "Ada." + word + "@Example.com");

        var duplicate = api.post(producer, """
                {"type": "person", "first_name": "Ada", "email": "ada.%s@example.COM"}
                """.formatted(word));

        assertThat(duplicate).hasStatus(409);
        assertThat(duplicate).bodyJson().extractingPath("$.existing_contact_id").isEqualTo(firstId);

        assertThat(api.delete(producer, firstId)).hasStatus(204);
        var afterDelete = api.post(producer, """
                {"type": "person", "first_name": "Ada", "email": "ada.%s@example.com"}
                """.formatted(word));
        assertThat(afterDelete).hasStatus(201);
    }

    @Test
    void deletedContactVanishesButItsRowStays() {
        var word = ContactsApi.uniqueWord();
        var id = api.createCompany(producer, "Gone " + word);

        var deleted = api.delete(producer, id);

        assertThat(deleted).hasStatus(204);
        assertThat(api.get(producer, "/api/contacts/" + id)).hasStatus(404);
        assertThat(api.get(producer, "/api/contacts/" + id))
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("NOT_FOUND");
        assertThat(api.get(producer, "/api/contacts?q=" + word))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
        assertThat(api.delete(producer, id)).hasStatus(404);
        assertThat(api.put(producer, id, """
                        {"type": "company", "name": "Back", "version": 1}
                        """)).hasStatus(404);
        assertThat(directory.find(UUID.fromString(id))).isEmpty();
        assertThat(directory.exists(UUID.fromString(id))).isFalse();
        assertThat(jdbc.sql("SELECT deleted_by FROM contacts WHERE id = :id")
                        .param("id", UUID.fromString(id))
                        .query(UUID.class)
                        .single())
                .isEqualTo(producer.id());
    }

    @Test
    void directoryDescribesLiveContacts() {
        var word = ContactsApi.uniqueWord();
        var companyId = api.createCompany(producer, "Directory " + word);
        var person = api.post(producer, """
                {"type": "person", "first_name": "Dora", "last_name": "Lookup", "email": "dora.%s@example.com",
                 "company_id": "%s"}
                """.formatted(word, companyId));
        String personId = Json.read(person, "$.id");

        var summary = directory.find(UUID.fromString(personId));

        assertThat(summary)
                .contains(new ContactSummary(
                        UUID.fromString(personId),
                        ContactType.PERSON,
                        "Dora Lookup",
                        "dora." + word + "@example.com",
                        UUID.fromString(companyId)));
        assertThat(directory.exists(UUID.fromString(companyId))).isTrue();
        assertThat(directory.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void searchMatchesEveryWordInNameEmailCompanyOrTags() {
        var word = ContactsApi.uniqueWord();
        var byName = api.createPerson(producer, "Zelda" + word, "Quill", "zq-" + UUID.randomUUID() + "@example.com");
        var byEmail = api.createPerson(producer, "Yves", "Mail", "yves." + word + "@example.com");
        var byTag = ContactsApi.created(api.post(producer, """
                {"type": "company", "name": "Tagged Co", "tags": ["%s"]}
                """.formatted(word)));
        var companyId = api.createCompany(producer, "Acme " + word);
        var byCompany = ContactsApi.created(api.post(producer, """
                {"type": "person", "first_name": "Ivo", "company_id": "%s"}
                """.formatted(companyId)));

        var all = api.get(producer, "/api/contacts?limit=100&q=" + word.toUpperCase());
        var twoWords = api.get(producer, "/api/contacts?q=" + word + " quill");

        assertThat(all)
                .bodyJson()
                .extractingPath("$.data[*].id")
                .asArray()
                .containsExactlyInAnyOrder(byName, byEmail, byTag, companyId, byCompany);
        assertThat(twoWords).bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(byName);
    }

    @Test
    void searchTreatsWildcardsAsText() {
        var word = ContactsApi.uniqueWord();
        var id = api.createCompany(producer, "Percent 100% " + word);

        var literal = api.get(producer, "/api/contacts?q=100% " + word);
        var wildcard = api.get(producer, "/api/contacts?q=1_0 " + word);

        assertThat(literal).bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(id);
        assertThat(wildcard).bodyJson().extractingPath("$.pagination.total").isEqualTo(0);
    }

    @Test
    void filtersNarrowTheList() {
        var word = ContactsApi.uniqueWord();
        var manager = users.create(Role.MANAGER);
        var company = ContactsApi.created(api.post(producer, """
                {"type": "company", "name": "Filter Co", "tags": ["%s"]}
                """.formatted(word)));
        var person = ContactsApi.created(api.post(producer, """
                {"type": "person", "first_name": "Filter", "tags": ["%s", "vip"], "owner_id": "%s"}
                """.formatted(word, manager.id())));
        var today = LocalDate.now();

        assertThat(ids("/api/contacts?tag=" + word)).containsExactlyInAnyOrder(company, person);
        assertThat(ids("/api/contacts?tag=VIP&q=" + word)).containsExactly(person);
        assertThat(ids("/api/contacts?type=COMPANY&tag=" + word)).containsExactly(company);
        assertThat(ids("/api/contacts?owner_id=" + manager.id())).containsExactly(person);
        assertThat(ids("/api/contacts?tag=" + word + "&created_from=" + today.minusDays(1) + "&created_to="
                        + today.plusDays(1)))
                .containsExactlyInAnyOrder(company, person);
        assertThat(ids("/api/contacts?tag=" + word + "&created_to=" + today.minusDays(2)))
                .isEmpty();
        assertThat(ids("/api/contacts?tag=" + word + "&created_from=" + today.plusDays(2)))
                .isEmpty();
    }

    @Test
    void sortingAndPagingFollowTheEnvelope() {
        var word = ContactsApi.uniqueWord();
        for (var name : List.of("Charlie", "alpha", "Bravo")) {
            api.post(producer, """
                    {"type": "company", "name": "%s", "tags": ["%s"]}
                    """.formatted(name, word));
        }

        var first = api.get(producer, "/api/contacts?tag=" + word + "&sort=name&limit=2");
        var second = api.get(producer, "/api/contacts?tag=" + word + "&sort=name&limit=2&page=2");
        var descending = api.get(producer, "/api/contacts?tag=" + word + "&sort=-name");
        var newestFirst = api.get(producer, "/api/contacts?tag=" + word);

        assertThat(first).bodyJson().extractingPath("$.data[*].name").asArray().containsExactly("alpha", "Bravo");
        assertThat(first).bodyJson().extractingPath("$.pagination.total").isEqualTo(3);
        assertThat(first).bodyJson().extractingPath("$.pagination.total_pages").isEqualTo(2);
        assertThat(first).bodyJson().extractingPath("$.pagination.has_next").isEqualTo(true);
        assertThat(first).bodyJson().extractingPath("$.pagination.has_prev").isEqualTo(false);
        assertThat(second).bodyJson().extractingPath("$.data[*].name").asArray().containsExactly("Charlie");
        assertThat(second).bodyJson().extractingPath("$.pagination.has_prev").isEqualTo(true);
        assertThat(descending)
                .bodyJson()
                .extractingPath("$.data[*].name")
                .asArray()
                .containsExactly("Charlie", "Bravo", "alpha");
        assertThat(newestFirst)
                .bodyJson()
                .extractingPath("$.data[*].name")
                .asArray()
                .containsExactly("Bravo", "alpha", "Charlie");
    }

    @Test
    void unknownOrMalformedListParametersAreRejected() {
        var unknownFilter = api.get(producer, "/api/contacts?colour=red");
        var unknownSort = api.get(producer, "/api/contacts?sort=shoe_size");
        var unknownType = api.get(producer, "/api/contacts?type=robot");
        var badDate = api.get(producer, "/api/contacts?created_from=yesterday");
        var reversedRange = api.get(producer, "/api/contacts?created_from=2026-03-02&created_to=2026-03-01");
        var longQuery = api.get(producer, "/api/contacts?q=" + "x".repeat(201));

        assertThat(unknownFilter).hasStatus(400);
        assertThat(unknownFilter).bodyJson().extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(unknownSort).hasStatus(400);
        assertThat(unknownSort).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
        assertThat(unknownType).hasStatus(400);
        assertThat(unknownType).bodyJson().extractingPath("$.errors[0].field").isEqualTo("type");
        assertThat(badDate).hasStatus(400);
        assertThat(badDate).bodyJson().extractingPath("$.errors[0].field").isEqualTo("created_from");
        assertThat(reversedRange).hasStatus(400);
        assertThat(reversedRange).bodyJson().extractingPath("$.errors[0].field").isEqualTo("created_to");
        assertThat(longQuery).hasStatus(400);
        assertThat(longQuery).bodyJson().extractingPath("$.errors[0].field").isEqualTo("q");
    }

    private List<String> ids(String uri) {
        var result = api.get(producer, uri);
        assertThat(result).hasStatusOk();
        return Json.read(result, "$.data[*].id");
    }
}
