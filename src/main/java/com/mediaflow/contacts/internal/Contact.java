package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactSummary;
import com.mediaflow.contacts.ContactType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A person or a company. Deleting marks the row deleted: it disappears from lists and lookups but
 * stays for the rows of other modules that refer to it. A person's {@code companyName} is a copy of
 * their company's name, so that search reads one row.
 */
@Entity
@Table(name = "contacts")
class Contact implements Persistable<UUID> {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactType type;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "first_name")
    private @Nullable String firstName;

    @Column(name = "last_name")
    private @Nullable String lastName;

    @Column(name = "job_title")
    private @Nullable String jobTitle;

    @Column(name = "company_id")
    private @Nullable UUID companyId;

    @Column(name = "company_name")
    private @Nullable String companyName;

    @Column(name = "email")
    private @Nullable String email;

    @Column(name = "phone")
    private @Nullable String phone;

    @Column(name = "mobile")
    private @Nullable String mobile;

    @Column(name = "website")
    private @Nullable String website;

    @Column(name = "address_line1")
    private @Nullable String addressLine1;

    @Column(name = "address_line2")
    private @Nullable String addressLine2;

    @Column(name = "address_city")
    private @Nullable String addressCity;

    @Column(name = "address_postal_code")
    private @Nullable String addressPostalCode;

    @Column(name = "address_region")
    private @Nullable String addressRegion;

    @Column(name = "address_country")
    private @Nullable String addressCountry;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false)
    private List<String> tags;

    @Column(name = "source")
    private @Nullable String source;

    @Column(name = "owner_id")
    private @Nullable UUID ownerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    private Map<String, @Nullable Object> customFields;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by")
    private @Nullable UUID deletedBy;

    @Version
    private long version;

    /** Ids are made here, not by the database, so Spring Data cannot tell a new contact by its id. */
    @Transient
    private boolean isNew;

    @SuppressWarnings("NullAway.Init")
    protected Contact() {}

    /**
     * A new contact from details that passed {@code ContactRules}.
     *
     * @param companyName the name of the company {@code details.companyId()} refers to, if any
     */
    Contact(ContactDetails details, @Nullable String companyName, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.isNew = true;
        this.type = details.type();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        apply(details, companyName);
    }

    /**
     * Replaces the editable details; the type never changes. Call {@link #touch} when anything
     * changed, so that setting the same values again changes nothing.
     */
    void update(ContactDetails details, @Nullable String companyName) {
        if (details.type() != type) {
            throw new IllegalArgumentException("A contact's type cannot change");
        }
        apply(details, companyName);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void delete(UUID by, Instant now) {
        this.deletedAt = now;
        this.deletedBy = by;
        this.updatedAt = now;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    boolean isCompany() {
        return type == ContactType.COMPANY;
    }

    ContactSummary summary() {
        return new ContactSummary(id, type, displayName, email, companyId);
    }

    private void apply(ContactDetails details, @Nullable String companyName) {
        this.displayName = details.displayName();
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.jobTitle = details.jobTitle();
        this.companyId = details.companyId();
        this.companyName = details.companyId() == null ? null : companyName;
        this.email = details.email();
        this.phone = details.phone();
        this.mobile = details.mobile();
        this.website = details.website();
        var address = details.address();
        this.addressLine1 = address.line1();
        this.addressLine2 = address.line2();
        this.addressCity = address.city();
        this.addressPostalCode = address.postalCode();
        this.addressRegion = address.region();
        this.addressCountry = address.country();
        this.tags = new ArrayList<>(details.tags());
        this.source = details.source();
        this.ownerId = details.ownerId();
        this.customFields = new LinkedHashMap<>(details.customFields());
    }

    @PostPersist
    @PostLoad
    void markStored() {
        this.isNew = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    UUID id() {
        return id;
    }

    ContactType type() {
        return type;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String firstName() {
        return firstName;
    }

    @Nullable
    String lastName() {
        return lastName;
    }

    @Nullable
    String jobTitle() {
        return jobTitle;
    }

    @Nullable
    UUID companyId() {
        return companyId;
    }

    @Nullable
    String companyName() {
        return companyName;
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Nullable
    String mobile() {
        return mobile;
    }

    @Nullable
    String website() {
        return website;
    }

    ContactAddress address() {
        return new ContactAddress(
                addressLine1, addressLine2, addressCity, addressPostalCode, addressRegion, addressCountry);
    }

    List<String> tags() {
        return List.copyOf(tags);
    }

    @Nullable
    String source() {
        return source;
    }

    @Nullable
    UUID ownerId() {
        return ownerId;
    }

    Map<String, @Nullable Object> customFields() {
        return Collections.unmodifiableMap(new TreeMap<>(customFields));
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
