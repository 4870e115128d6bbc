package com.mediaflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import com.mediaflow.support.TestUsers.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ContactImportIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    ContactsApi api;
    TestUser producer;

    @BeforeEach
    void setUp() {
        api = new ContactsApi(mvc);
        producer = users.create(Role.PRODUCER);
    }

    @Test
    void everyRowIsCreatedSkippedOrRejectedWithItsReason() {
        var w = ContactsApi.uniqueWord();
        var existing = api.createPerson(producer, "Dana", "Exists", "dana." + w + "@example.com");
        var csv = """
                First Name,Last Name,E-mail,Company,Tags,Phone,Notes,custom.Instagram Handle
                Anna,Berg,Anna.%1$s@example.com,Acme %1$s,VIP; film,+49 30 123,met in Cannes,@anna
                Ben,Cole,ANNA.%1$s@EXAMPLE.COM,,,,,
                Cara,%1$s,not-an-address,,,,,
                ,,%1$s.nameless@example.com,,,,,
                Dan,%1$s,dana.%1$s@example.com,,,,,
                Finn,Gray,finn.%1$s@example.com,acme %1$s,,,,

                Gus,%1$s,gus.%1$s@example.com,,,call me,,
                """.formatted(w);

        var result = importCsv(producer, "people.csv", csv, null);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total_rows").isEqualTo(7);
        assertThat(result).bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.skipped").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.rejected").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.companies_created").isEqualTo(1);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.ignored_columns")
                .asArray()
                .containsExactly("Notes");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.rows[*].status")
                .asArray()
                .containsExactly("created", "skipped", "rejected", "rejected", "skipped", "created", "rejected");
        assertThat(result).bodyJson().extractingPath("$.rows[*].row").asArray().containsExactly(2, 3, 4, 5, 6, 7, 8);
        String anna = Json.read(result, "$.rows[0].contact_id");
        String acme = Json.read(result, "$.rows[0].company_id");
        assertThat(result).bodyJson().extractingPath("$.rows[1].duplicate_of").isEqualTo(anna);
        assertThat(result).bodyJson().extractingPath("$.rows[1].reason").isEqualTo("row 2 has the same e-mail address");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.rows[2].errors[0].field")
                .isEqualTo("email");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.rows[3].errors[0].field")
                .isEqualTo("first_name");
        assertThat(result).bodyJson().extractingPath("$.rows[4].duplicate_of").isEqualTo(existing);
        assertThat(result).bodyJson().extractingPath("$.rows[5].company_id").isEqualTo(acme);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.rows[6].errors[0].field")
                .isEqualTo("phone");

        var stored = api.get(producer, "/api/contacts/" + anna);
        assertThat(stored).bodyJson().extractingPath("$.email").isEqualTo("anna." + w + "@example.com");
        assertThat(stored).bodyJson().extractingPath("$.company_name").isEqualTo("Acme " + w);
        assertThat(stored).bodyJson().extractingPath("$.tags").asArray().containsExactly("vip", "film");
        assertThat(stored).bodyJson().extractingPath("$.source").isEqualTo("csv import");
        assertThat(stored)
                .bodyJson()
                .extractingPath("$.owner_id")
                .isEqualTo(producer.id().toString());
        assertThat(stored)
                .bodyJson()
                .extractingPath("$.custom_fields.instagram_handle")
                .isEqualTo("@anna");
        var matching = api.get(producer, "/api/contacts?limit=100&q=" + w);
        assertThat(matching).bodyJson().extractingPath("$.pagination.total").isEqualTo(4);
        var timeline = api.get(producer, "/api/contacts/" + anna + "/activities");
        assertThat(timeline).bodyJson().extractingPath("$.data[0].type").isEqualTo("contact.imported");
        assertThat(timeline).bodyJson().extractingPath("$.data[0].summary").isEqualTo("Imported from people.csv");
    }

    @Test
    void aMappingNamesTheColumnsOfAnyFile() {
        var w = ContactsApi.uniqueWord();
        var csv = """
                Vorname;Nachname;Mail;Firma
                Jonas;%1$s;jonas.%1$s@example.com;Studio %1$s
                """.formatted(w);

        var result = importCsv(
                producer,
                "kontakte.csv",
                csv,
                "{\"first_name\": \"Vorname\", \"last_name\": \"nachname\", "
                        + "\"email\": \"Mail\", \"company\": \"Firma\"}");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.created").isEqualTo(1);
        String id = Json.read(result, "$.rows[0].contact_id");
        var stored = api.get(producer, "/api/contacts/" + id);
        assertThat(stored).bodyJson().extractingPath("$.display_name").isEqualTo("Jonas " + w);
        assertThat(stored).bodyJson().extractingPath("$.company_name").isEqualTo("Studio " + w);
    }

    @Test
    void theMappingCanComeAsAQueryParameter() {
        var w = ContactsApi.uniqueWord();
        var csv = "Nom,Courriel\nLéa %1$s,lea.%1$s@example.com\n".formatted(w);

        var result = mvc.post()
                .uri("/api/contacts/import")
                .queryParam("mapping", "{\"name\": \"Nom\", \"email\": \"Courriel\"}")
                .header("Authorization", producer.bearer())
                .multipart()
                .file(new MockMultipartFile("file", "contacts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.created").isEqualTo(1);
        String id = Json.read(result, "$.rows[0].contact_id");
        assertThat(api.get(producer, "/api/contacts/" + id))
                .bodyJson()
                .extractingPath("$.display_name")
                .isEqualTo("Léa " + w);
    }

    @Test
    void companyRowsAreMatchedByNameAndTypeMustBeKnown() {
        var w = ContactsApi.uniqueWord();
        var existing = api.createCompany(producer, "Existing " + w);
        var csv = """
                type,name,email,website,city
                company,Existing %1$s,,,
                Company,New %1$s,office@new-%1$s.example,new-%1$s.example,Hamburg
                company,NEW %1$s,,,
                robot,Robo %1$s,,,
                ,Mia %1$s Lee,mia.%1$s@example.com,,
                """.formatted(w);

        var result = importCsv(producer, "companies.csv", csv, null);

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.rows[*].status")
                .asArray()
                .containsExactly("skipped", "created", "skipped", "rejected", "created");
        assertThat(result).bodyJson().extractingPath("$.rows[0].duplicate_of").isEqualTo(existing);
        assertThat(result).bodyJson().extractingPath("$.rows[2].reason").isEqualTo("row 3 has the same company");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.rows[3].errors[0].field")
                .isEqualTo("type");
        String company = Json.read(result, "$.rows[1].contact_id");
        assertThat(api.get(producer, "/api/contacts/" + company))
                .bodyJson()
                .extractingPath("$.address.city")
                .isEqualTo("Hamburg");
        String person = Json.read(result, "$.rows[4].contact_id");
        var mia = api.get(producer, "/api/contacts/" + person);
        assertThat(mia).bodyJson().extractingPath("$.first_name").isEqualTo("Mia");
        assertThat(mia).bodyJson().extractingPath("$.last_name").isEqualTo(w + " Lee");
    }

    static Stream<Arguments> fatalFiles() {
        var valid = "first_name,email\nValid,valid@example.com\n";
        return Stream.of(
                Arguments.of("not UTF-8", "first_name\nJürgen\n".getBytes(StandardCharsets.ISO_8859_1), null, "file"),
                Arguments.of("empty", new byte[0], null, "file"),
                Arguments.of("only a header", "first_name,email\n".getBytes(StandardCharsets.UTF_8), null, "file"),
                Arguments.of("no known column", "colour,size\nred,XL\n".getBytes(StandardCharsets.UTF_8), null, "file"),
                Arguments.of(
                        "an unclosed quote",
                        "first_name,email\n\"Valid,valid@example.com\n".getBytes(StandardCharsets.UTF_8),
                        null,
                        "file"),
                Arguments.of(
                        "a repeated column",
                        "email,Email\na@example.com,b@example.com\n".getBytes(StandardCharsets.UTF_8),
                        null,
                        "file"),
                Arguments.of(
                        "a binary file", "PK\u0003\u0004\u0000\u0000".getBytes(StandardCharsets.UTF_8), null, "file"),
                Arguments.of(
                        "an unknown mapped field",
                        valid.getBytes(StandardCharsets.UTF_8),
                        "{\"shoe\": \"email\"}",
                        "mapping"),
                Arguments.of(
                        "a mapped column it lacks",
                        valid.getBytes(StandardCharsets.UTF_8),
                        "{\"email\": \"Mail\"}",
                        "mapping"),
                Arguments.of(
                        "a mapping that is not JSON", valid.getBytes(StandardCharsets.UTF_8), "email=Mail", "mapping"));
    }

    @ParameterizedTest(name = "a file with {0} is refused whole")
    @MethodSource("fatalFiles")
    void aFileThatCannotBeReadIsRefusedAndNothingIsStored(
            String problem, byte[] content, @Nullable String mapping, String field) {
        var result = importCsv(producer, "bad.csv", content, mapping);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(api.get(producer, "/api/contacts?owner_id=" + producer.id()))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void aFileWithTooManyRowsStoresNothing() {
        var w = ContactsApi.uniqueWord();
        var csv = new StringBuilder("first_name,last_name\n");
        for (int i = 0; i < 10_001; i++) {
            csv.append("Row").append(i).append(',').append(w).append('\n');
        }

        var result = importCsv(producer, "huge.csv", csv.toString(), null);

        assertThat(result).hasStatus(400);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("has more than 10000 rows; split it into smaller files");
        assertThat(api.get(producer, "/api/contacts?q=" + w))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() {
        var content = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(content, (byte) 'a');

        var result = importCsv(producer, "large.csv", content, null);

        assertThat(result).hasStatus(413);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void theFilePartIsRequired() {
        var result = mvc.post()
                .uri("/api/contacts/import")
                .header("Authorization", producer.bearer())
                .multipart()
                .file(new MockMultipartFile("other", "x.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
    }

    @Test
    void editorCannotImport() {
        var editor = users.create(Role.EDITOR);
        var w = ContactsApi.uniqueWord();

        var result = importCsv(editor, "people.csv", "first_name\n" + w + "\n", null);

        assertThat(result).hasStatus(403);
        assertThat(api.get(editor, "/api/contacts?q=" + w))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
    }

    @Test
    void importsCountAgainstTheUploadLimit() {
        for (int i = 0; i < 10; i++) {
            assertThat(importCsv(producer, "colours.csv", "colour\nred\n", null))
                    .hasStatus(400);
        }

        var eleventh = importCsv(producer, "colours.csv", "colour\nred\n", null);

        assertThat(eleventh).hasStatus(429);
        assertThat(eleventh).bodyJson().extractingPath("$.code").isEqualTo("RATE_LIMITED");
        assertThat(eleventh.getResponse().getHeader("Retry-After")).isNotBlank();
    }

    private MvcTestResult importCsv(TestUser user, String fileName, String csv, @Nullable String mapping) {
        return importCsv(user, fileName, csv.getBytes(StandardCharsets.UTF_8), mapping);
    }

    private MvcTestResult importCsv(TestUser user, String fileName, byte[] csv, @Nullable String mapping) {
        var request = mvc.post()
                .uri("/api/contacts/import")
                .header("Authorization", user.bearer())
                .multipart()
                .file(new MockMultipartFile("file", fileName, "text/csv", csv));
        if (mapping != null) {
            request = request.param("mapping", mapping);
        }
        return request.exchange();
    }
}
