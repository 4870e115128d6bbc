package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a contact that people edit: the body of {@code POST} and {@code PUT
 * /api/contacts}, and one row of a CSV import. Text is stored stripped (blank means absent),
 * e-mail addresses and tags lower-cased, tags without repeats. Rules that depend on the type (a
 * company has a {@code name}, a person a first or last name) are checked by {@code ContactRules}.
 *
 * @param name a company's name; a person's name is their {@code firstName} and {@code lastName}
 * @param companyId the company contact a person belongs to
 * @param ownerId the team member who looks after this contact
 * @param customFields the studio's own fields: snake_case keys, values that are text, numbers,
 *     booleans, {@code null} or lists of those; kept in key order, as PostgreSQL's jsonb does not keep
 *     the order they came in
 * @param version the version the client read; required on update only
 */
public record ContactDetails(
        @NotNull ContactType type,
        @Size(max = 200) @Nullable String name,
        @Size(max = 100) @Nullable String firstName,
        @Size(max = 100) @Nullable String lastName,
        @Size(max = 200) @Nullable String jobTitle,
        @Nullable UUID companyId,
        @Email @Size(max = 254) @Nullable String email,

        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) @Size(max = 50) @Nullable
        String phone,

        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) @Size(max = 50) @Nullable
        String mobile,

        @Pattern(
                regexp = "(https?://)?[^\\s/]+\\.[^\\s]+",
                message = "must be a web address such as https://studio.example")
        @Size(max = 300)
        @Nullable
        String website,

        @Valid ContactAddress address,

        @Size(max = 20, message = "must not have more than {max} tags")
        List<
                        @NotBlank @Size(max = 50)
                        @Pattern(regexp = "[^,;]*", message = "must not contain commas or semicolons") String>
                tags,

        @Size(max = 100) @Nullable String source,
        @Nullable UUID ownerId,

        @Schema(
                description = "The studio's own fields: snake_case keys; values are text, numbers, booleans, "
                        + "null or lists of those",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
        Map<String, @Nullable Object> customFields,

        @NotNull(groups = OnUpdate.class) @PositiveOrZero @Nullable
        Long version) {

    /** Validation group of the checks that apply to an update only. */
    public interface OnUpdate {}

    private static final String PHONE = "[0-9+()./x \\-]*[0-9][0-9+()./x \\-]*";
    private static final String PHONE_MESSAGE = "must be a phone number: digits, spaces and + ( ) . / - only";

    public ContactDetails {
        name = Text.clean(name);
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        jobTitle = Text.clean(jobTitle);
        var cleanEmail = Text.clean(email);
        email = cleanEmail == null ? null : cleanEmail.toLowerCase(Locale.ROOT);
        phone = Text.clean(phone);
        mobile = Text.clean(mobile);
        website = Text.clean(website);
        address = address == null ? ContactAddress.EMPTY : address;
        tags = normalizedTags(tags);
        source = Text.clean(source);
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }

    /** A company's name, or a person's first and last name. */
    String displayName() {
        if (type == ContactType.COMPANY) {
            return name == null ? "" : name;
        }
        return String.join(
                " ", Stream.of(firstName, lastName).filter(Objects::nonNull).toList());
    }

    /** The same details pointing at another company and owner. */
    ContactDetails withReferences(@Nullable UUID company, @Nullable UUID owner) {
        return new ContactDetails(
                type,
                name,
                firstName,
                lastName,
                jobTitle,
                company,
                email,
                phone,
                mobile,
                website,
                address,
                tags,
                source,
                owner,
                customFields,
                version);
    }

    private static List<String> normalizedTags(@Nullable List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        var unique = new LinkedHashSet<String>();
        for (var tag : tags) {
            unique.add(tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(unique);
    }
}
