package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactType;
import com.mediaflow.shared.web.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a contact's details that bean validation cannot express: which names each type
 * needs, and the shape of custom fields. They hold for the API and for every imported row alike.
 */
final class ContactRules {

    static final int MAX_CUSTOM_FIELDS = 50;
    static final int MAX_CUSTOM_TEXT = 2000;
    static final int MAX_CUSTOM_LIST = 100;
    private static final Pattern CUSTOM_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private ContactRules() {}

    static List<FieldError> check(ContactDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.type() == ContactType.COMPANY) {
            checkCompany(details, errors);
        } else if (details.type() == ContactType.PERSON) {
            checkPerson(details, errors);
        }
        checkCustomFields(details.customFields(), errors);
        return errors;
    }

    private static void checkCompany(ContactDetails details, List<FieldError> errors) {
        if (details.name() == null) {
            errors.add(new FieldError("name", "must not be blank for a company"));
        }
        if (details.firstName() != null) {
            errors.add(new FieldError("first_name", "must be empty for a company; a company has a name"));
        }
        if (details.lastName() != null) {
            errors.add(new FieldError("last_name", "must be empty for a company; a company has a name"));
        }
        if (details.jobTitle() != null) {
            errors.add(new FieldError("job_title", "must be empty for a company"));
        }
        if (details.companyId() != null) {
            errors.add(new FieldError("company_id", "must be empty for a company; only a person belongs to a company"));
        }
    }

    private static void checkPerson(ContactDetails details, List<FieldError> errors) {
        if (details.firstName() == null && details.lastName() == null) {
            errors.add(new FieldError("first_name", "must not be blank: a person needs a first or a last name"));
        }
        if (details.name() != null) {
            errors.add(new FieldError("name", "must be empty for a person; use first_name and last_name"));
        }
    }

    private static void checkCustomFields(Map<String, @Nullable Object> fields, List<FieldError> errors) {
        if (fields.size() > MAX_CUSTOM_FIELDS) {
            errors.add(new FieldError("custom_fields", "must not have more than " + MAX_CUSTOM_FIELDS + " fields"));
            return;
        }
        fields.forEach((key, value) -> {
            if (!CUSTOM_KEY.matcher(key).matches()) {
                errors.add(new FieldError(
                        "custom_fields",
                        "key '" + shorten(key) + "' must be snake_case (a-z, 0-9, _; starting with a letter), "
                                + "at most 64 characters"));
            } else if (!isScalar(value) && !isListOfScalars(value)) {
                errors.add(new FieldError(
                        "custom_fields." + key,
                        "must be text (at most " + MAX_CUSTOM_TEXT + " characters), a number, true or false, "
                                + "null, or a list of at most " + MAX_CUSTOM_LIST + " of those"));
            }
        });
    }

    private static boolean isScalar(@Nullable Object value) {
        return value == null
                || value instanceof Number
                || value instanceof Boolean
                || (value instanceof String text && text.length() <= MAX_CUSTOM_TEXT);
    }

    private static boolean isListOfScalars(@Nullable Object value) {
        return value instanceof Collection<?> list
                && list.size() <= MAX_CUSTOM_LIST
                && list.stream().allMatch(ContactRules::isScalar);
    }

    private static String shorten(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }
}
