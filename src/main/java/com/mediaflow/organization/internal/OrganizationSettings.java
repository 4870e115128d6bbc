package com.mediaflow.organization.internal;

import com.mediaflow.organization.OrganizationProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The single row of organization settings (id 1), created by the migration with defaults. */
@Entity
@Table(name = "organization_settings")
class OrganizationSettings {

    @Id
    private int id;

    private String name;

    @Column(name = "legal_name")
    private @Nullable String legalName;

    private @Nullable String email;
    private @Nullable String phone;
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

    @Column(name = "tax_id")
    private @Nullable String taxId;

    @Column(name = "logo_file_id")
    private @Nullable UUID logoFileId;

    @Column(name = "default_currency")
    private String defaultCurrency;

    @Column(name = "invoice_prefix")
    private String invoicePrefix;

    @Column(name = "credit_note_prefix")
    private String creditNotePrefix;

    @Column(name = "proposal_prefix")
    private String proposalPrefix;

    @Column(name = "payment_terms_days")
    private int paymentTermsDays;

    @Column(name = "bank_account_name")
    private @Nullable String bankAccountName;

    @Column(name = "bank_name")
    private @Nullable String bankName;

    @Column(name = "bank_iban")
    private @Nullable String bankIban;

    @Column(name = "bank_bic")
    private @Nullable String bankBic;

    @Column(name = "bank_account_number")
    private @Nullable String bankAccountNumber;

    @Column(name = "brand_color")
    private String brandColor;

    private String timezone;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected OrganizationSettings() {}

    OrganizationProfile profile() {
        return new OrganizationProfile(
                name,
                legalName,
                email,
                phone,
                website,
                new OrganizationProfile.Address(
                        addressLine1, addressLine2, addressCity, addressPostalCode, addressRegion, addressCountry),
                taxId,
                logoFileId,
                defaultCurrency,
                invoicePrefix,
                creditNotePrefix,
                proposalPrefix,
                paymentTermsDays,
                new OrganizationProfile.BankDetails(bankAccountName, bankName, bankIban, bankBic, bankAccountNumber),
                brandColor,
                timezone,
                version);
    }

    void update(OrganizationProfile profile, Instant now) {
        this.name = profile.name().strip();
        this.legalName = profile.legalName();
        this.email = profile.email();
        this.phone = profile.phone();
        this.website = profile.website();
        this.addressLine1 = profile.address().line1();
        this.addressLine2 = profile.address().line2();
        this.addressCity = profile.address().city();
        this.addressPostalCode = profile.address().postalCode();
        this.addressRegion = profile.address().region();
        this.addressCountry = profile.address().country();
        this.taxId = profile.taxId();
        this.logoFileId = profile.logoFileId();
        this.defaultCurrency = profile.defaultCurrency();
        this.invoicePrefix = profile.invoicePrefix();
        this.creditNotePrefix = profile.creditNotePrefix();
        this.proposalPrefix = profile.proposalPrefix();
        this.paymentTermsDays = profile.paymentTermsDays();
        this.bankAccountName = profile.bankDetails().accountName();
        this.bankName = profile.bankDetails().bankName();
        this.bankIban = profile.bankDetails().iban();
        this.bankBic = profile.bankDetails().bic();
        this.bankAccountNumber = profile.bankDetails().accountNumber();
        this.brandColor = profile.brandColor().toUpperCase(java.util.Locale.ROOT);
        this.timezone = profile.timezone();
        this.updatedAt = now;
    }

    long version() {
        return version;
    }
}
