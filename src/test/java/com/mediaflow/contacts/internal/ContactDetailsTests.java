package com.mediaflow.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.contacts.ContactType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ContactDetailsTests {

    static ContactDetails person(@Nullable String firstName, @Nullable String lastName) {
        return new ContactDetails(
                ContactType.PERSON,
                null,
                firstName,
                lastName,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void storesTextStrippedAndBlankAsAbsent() {
        var details = new ContactDetails(
                ContactType.PERSON,
                "  ",
                " Anna ",
                "",
                null,
                null,
                "  Anna@Example.COM ",
                " +49 30 1 ",
                null,
                null,
                new ContactAddress(" Main street 1 ", " ", null, null, null, " de "),
                Arrays.asList(" VIP ", "vip", "Film"),
                " ",
                null,
                null,
                null);

        assertThat(details.name()).isNull();
        assertThat(details.firstName()).isEqualTo("Anna");
        assertThat(details.lastName()).isNull();
        assertThat(details.email()).isEqualTo("anna@example.com");
        assertThat(details.phone()).isEqualTo("+49 30 1");
        assertThat(details.address()).isEqualTo(new ContactAddress("Main street 1", null, null, null, null, "DE"));
        assertThat(details.tags()).containsExactly("vip", "film");
        assertThat(details.source()).isNull();
        assertThat(details.customFields()).isEmpty();
    }

    @Test
    void aPersonIsShownByFirstAndLastName() {
        assertThat(person("Anna", "Berg").displayName()).isEqualTo("Anna Berg");
        assertThat(person(null, "Berg").displayName()).isEqualTo("Berg");
        assertThat(person("Anna", null).displayName()).isEqualTo("Anna");
    }

    @Test
    void keepsCustomFieldsInKeyOrderWithNullValues() {
        Map<String, @Nullable Object> fields = new HashMap<>();
        fields.put("vegan", true);
        fields.put("agent", null);
        fields.put("languages", List.of("de"));

        var details = new ContactDetails(
                ContactType.COMPANY,
                "Acme",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                fields,
                null);

        assertThat(details.customFields().keySet()).containsExactly("agent", "languages", "vegan");
        assertThat(details.customFields()).containsEntry("agent", null);
    }
}
