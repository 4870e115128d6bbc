package com.mediaflow.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.contacts.ContactType;
import com.mediaflow.shared.web.InvalidInputException.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ContactRulesTests {

    private static ContactDetails company(
            @Nullable String name,
            @Nullable String firstName,
            @Nullable UUID companyId,
            Map<String, @Nullable Object> custom) {
        return new ContactDetails(
                ContactType.COMPANY,
                name,
                firstName,
                null,
                null,
                companyId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                custom,
                null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompanyNeedsANameAndNoPersonFields() {
        var errors = ContactRules.check(company(null, "Anna", UUID.randomUUID(), Map.of()));

        assertThat(fields(errors)).containsExactly("name", "first_name", "company_id");
    }

    @Test
    void aPersonNeedsAFirstOrLastNameAndNoCompanyName() {
        var nameless = ContactRules.check(ContactDetailsTests.person(null, null));
        var lastNameOnly = ContactRules.check(ContactDetailsTests.person(null, "Berg"));

        assertThat(fields(nameless)).containsExactly("first_name");
        assertThat(lastNameOnly).isEmpty();
    }

    @Test
    void customFieldsAreFlatValuesUnderSnakeCaseKeys() {
        Map<String, @Nullable Object> custom = new HashMap<>();
        custom.put("shoe_size", 38);
        custom.put("rate", 12.5);
        custom.put("vegan", false);
        custom.put("agent", null);
        custom.put("languages", List.of("de", "en"));
        custom.put("Billing Contact", "x");
        custom.put("address", Map.of("city", "Berlin"));
        custom.put("essay", "x".repeat(ContactRules.MAX_CUSTOM_TEXT + 1));
        custom.put("nested_list", List.of(List.of("a")));

        var errors = ContactRules.check(company("Acme", null, null, custom));

        assertThat(fields(errors))
                .containsExactlyInAnyOrder(
                        "custom_fields", "custom_fields.address", "custom_fields.essay", "custom_fields.nested_list");
    }

    @Test
    void atMostFiftyCustomFields() {
        Map<String, @Nullable Object> custom = new HashMap<>();
        IntStream.rangeClosed(1, ContactRules.MAX_CUSTOM_FIELDS + 1).forEach(i -> custom.put("field_" + i, i));

        var errors = ContactRules.check(company("Acme", null, null, custom));

        assertThat(errors).containsExactly(new FieldError("custom_fields", "must not have more than 50 fields"));
    }
}
