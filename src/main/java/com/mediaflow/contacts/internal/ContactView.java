package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contact as the API shows it.
 *
 * @param displayName a company's name, or a person's first and last name
 * @param name a company's name; {@code null} for a person
 * @param companyId the company a person belongs to; it stays when that company is deleted
 * @param companyName the name of the company a person belongs to
 */
public record ContactView(
        UUID id,
        ContactType type,
        String displayName,
        @Nullable String name,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String jobTitle,
        @Nullable UUID companyId,
        @Nullable String companyName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String mobile,
        @Nullable String website,
        ContactAddress address,
        List<String> tags,
        @Nullable String source,
        @Nullable UUID ownerId,

        @Schema(
                description = "The studio's own fields: snake_case keys; values are text, numbers, booleans, "
                        + "null or lists of those",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
        Map<String, @Nullable Object> customFields,

        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static ContactView of(Contact contact) {
        return new ContactView(
                contact.id(),
                contact.type(),
                contact.displayName(),
                contact.isCompany() ? contact.displayName() : null,
                contact.firstName(),
                contact.lastName(),
                contact.jobTitle(),
                contact.companyId(),
                contact.companyName(),
                contact.email(),
                contact.phone(),
                contact.mobile(),
                contact.website(),
                contact.address(),
                contact.tags(),
                contact.source(),
                contact.ownerId(),
                contact.customFields(),
                contact.createdBy(),
                contact.createdAt(),
                contact.updatedAt(),
                contact.version());
    }

    /** The API names of the editable fields that differ between this and {@code other}. */
    List<String> changedFields(ContactView other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, other.name);
        compare(changed, "first_name", firstName, other.firstName);
        compare(changed, "last_name", lastName, other.lastName);
        compare(changed, "job_title", jobTitle, other.jobTitle);
        compare(changed, "company_id", companyId, other.companyId);
        compare(changed, "email", email, other.email);
        compare(changed, "phone", phone, other.phone);
        compare(changed, "mobile", mobile, other.mobile);
        compare(changed, "website", website, other.website);
        compare(changed, "address", address, other.address);
        compare(changed, "tags", tags, other.tags);
        compare(changed, "source", source, other.source);
        compare(changed, "owner_id", ownerId, other.ownerId);
        compare(changed, "custom_fields", customFields, other.customFields);
        return changed;
    }

    private static void compare(List<String> changed, String field, @Nullable Object a, @Nullable Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }
}
