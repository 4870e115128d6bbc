package com.mediaflow.contacts.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contact fields a CSV column can fill, each with the header names it is recognised by without
 * a mapping. Headers are compared by {@link #normalize}: case, spaces, dashes and underscores do not
 * matter ({@code E-Mail}, {@code email}, {@code EMAIL_ADDRESS} all name the e-mail).
 */
enum ImportField {
    TYPE("type", "contact type", "kind"),
    NAME("name", "full name", "display name"),
    FIRST_NAME("first_name", "first name", "firstname", "given name", "forename"),
    LAST_NAME("last_name", "last name", "lastname", "surname", "family name"),
    JOB_TITLE("job_title", "job title", "position"),
    COMPANY("company", "company name", "organization", "organisation"),
    EMAIL("email", "e mail", "email address", "e mail address", "mail"),
    PHONE("phone", "phone number", "telephone", "work phone"),
    MOBILE("mobile", "mobile phone", "cell", "cell phone"),
    WEBSITE("website", "web site", "url", "web"),
    ADDRESS_LINE1("address_line1", "address", "address line1", "address line 1", "street"),
    ADDRESS_LINE2("address_line2", "address line2", "address line 2"),
    CITY("city", "town"),
    POSTAL_CODE("postal_code", "postal code", "postcode", "zip", "zip code"),
    REGION("region", "state", "province", "county"),
    COUNTRY("country", "country code"),
    TAGS("tags", "tag", "labels"),
    SOURCE("source", "lead source");

    /** A column named {@code custom.<key>} (or mapped to it) fills the custom field {@code <key>}. */
    static final String CUSTOM_PREFIX = "custom.";

    private final String apiName;
    private final List<String> headers;

    ImportField(String apiName, String... aliases) {
        this.apiName = apiName;
        this.headers = Arrays.stream(aliases).map(ImportField::normalize).toList();
    }

    /** The name used in a mapping: {@code first_name}, {@code email}, {@code postal_code}. */
    String apiName() {
        return apiName;
    }

    static Optional<ImportField> byApiName(String name) {
        return Arrays.stream(values())
                .filter(field -> field.apiName.equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static Optional<ImportField> byHeader(String header) {
        var normalized = normalize(header);
        return Arrays.stream(values())
                .filter(field -> field.headers.contains(normalized)
                        || normalize(field.apiName).equals(normalized))
                .findFirst();
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    static List<String> apiNames() {
        return Arrays.stream(values()).map(ImportField::apiName).toList();
    }
}
