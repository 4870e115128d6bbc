package com.mediaflow.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactCsvTests {

    private static ContactCsv.Parsed parse(String csv) {
        return parse(csv, Map.of());
    }

    private static ContactCsv.Parsed parse(String csv, Map<String, String> mapping) {
        return ContactCsv.parse(csv.getBytes(StandardCharsets.UTF_8), mapping, 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E-Mail", "email", "EMAIL_ADDRESS", " Email Address ", "e_mail"})
    void recognisesTheUsualNamesOfAColumn(String header) {
        var parsed = parse(header + "\nanna@example.com\n");

        assertThat(parsed.rows().get(0).get(ImportField.EMAIL)).isEqualTo("anna@example.com");
    }

    @Test
    void readsSemicolonAndTabSeparatedFiles() {
        var semicolons = parse("first_name;last_name\nAnna;Berg\n");
        var tabs = parse("first_name\tlast_name\nAnna\tBerg, Jr.\n");

        assertThat(semicolons.rows().get(0).values())
                .containsEntry(ImportField.FIRST_NAME, "Anna")
                .containsEntry(ImportField.LAST_NAME, "Berg");
        assertThat(tabs.rows().get(0).get(ImportField.LAST_NAME)).isEqualTo("Berg, Jr.");
    }

    @Test
    void skipsAByteOrderMarkAndBlankRowsAndKeepsQuotedLineBreaks() {
        var parsed = parse("\uFEFFfirst_name,notes\n\n\"Anna\",\"line one\nline two\"\n,\nBen,\n");

        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(0).get(ImportField.FIRST_NAME)).isEqualTo("Anna");
        assertThat(parsed.rows().get(1).get(ImportField.FIRST_NAME)).isEqualTo("Ben");
        assertThat(parsed.ignoredColumns()).containsExactly("notes");
    }

    @Test
    void numbersRowsAsTheFileDoesWithTheHeaderAsRowOne() {
        var parsed = parse("first_name\nAnna\nBen\n");

        assertThat(parsed.rows()).extracting(ContactCsv.Row::number).containsExactly(2L, 3L);
    }

    @Test
    void customColumnsFillCustomFieldsWithSnakeCaseKeys() {
        var parsed = parse("first_name,custom.Instagram Handle,custom.shoe-size\nAnna,@anna,\n");

        assertThat(parsed.rows().get(0).customFields()).containsExactly(Map.entry("instagram_handle", "@anna"));
    }

    @Test
    void aMappingWinsOverTheUsualNames() {
        var parsed = parse(
                "Email,Work mail,Vorname\nprivate@example.com,work@example.com,Anna\n",
                Map.of("email", "work mail", "first_name", "Vorname"));

        assertThat(parsed.rows().get(0).values())
                .containsEntry(ImportField.EMAIL, "work@example.com")
                .containsEntry(ImportField.FIRST_NAME, "Anna");
        assertThat(parsed.ignoredColumns()).containsExactly("Email");
    }

    @Test
    void twoColumnsForOneFieldNeedAMapping() {
        assertThatThrownBy(() -> parse("Email,E-mail\na@example.com,b@example.com\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two columns for email");
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsARowProblem() {
        var parsed = parse("first_name\nAnna,extra\nBen\n");

        assertThat(parsed.rows().get(0).problem()).isEqualTo("has 2 values but the header has 1 columns");
        assertThat(parsed.rows().get(1).problem()).isNull();
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        var csv = "first_name\n" + "Anna\n".repeat(101);

        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("file: has more than 100 rows; split it into smaller files");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        var latin1 = "first_name\nJürgen\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ContactCsv.parse(latin1, Map.of(), 100))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void refusesAMappingToAnUnknownFieldOrAMissingColumn() {
        assertThatThrownBy(() -> parse("email\na@example.com\n", Map.of("shoe_size", "email")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown field 'shoe_size'");
        assertThatThrownBy(() -> parse("email\na@example.com\n", Map.of("email", "Mail")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the column 'Mail', which the file does not have");
    }
}
