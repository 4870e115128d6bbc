package com.mediaflow.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The studio's details as every document and e-mail uses them. Also the body of
 * {@code PUT /api/settings/organization} (with the {@code version} read before).
 */
public record OrganizationProfile(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Nullable String legalName,
        @Size(max = 254) @Nullable String email,
        @Size(max = 50) @Nullable String phone,
        @Size(max = 300) @Nullable String website,
        @Valid @NotNull Address address,
        @Size(max = 50) @Nullable String taxId,
        @Nullable UUID logoFileId,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String defaultCurrency,

        @NotNull @Pattern(regexp = "[A-Z0-9]{1,10}", message = "must be 1-10 capital letters or digits")
        String invoicePrefix,

        @NotNull @Pattern(regexp = "[A-Z0-9]{1,10}", message = "must be 1-10 capital letters or digits")
        String creditNotePrefix,

        @NotNull @Pattern(regexp = "[A-Z0-9]{1,10}", message = "must be 1-10 capital letters or digits")
        String proposalPrefix,

        @Min(0) @Max(365) int paymentTermsDays,
        @Valid @NotNull BankDetails bankDetails,

        @NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #1F6FEB")
        String brandColor,

        @NotBlank @Size(max = 64) String timezone,
        long version) {

    public record Address(
            @Size(max = 200) @Nullable String line1,
            @Size(max = 200) @Nullable String line2,
            @Size(max = 100) @Nullable String city,
            @Size(max = 20) @Nullable String postalCode,
            @Size(max = 100) @Nullable String region,

            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") @Nullable
            String country) {}

    public record BankDetails(
            @Size(max = 200) @Nullable String accountName,
            @Size(max = 200) @Nullable String bankName,
            @Size(max = 34) @Nullable String iban,
            @Size(max = 11) @Nullable String bic,
            @Size(max = 34) @Nullable String accountNumber) {}
}
