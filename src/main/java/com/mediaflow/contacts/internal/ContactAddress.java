package com.mediaflow.contacts.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A postal address; every part is optional. Blank parts are stored as absent. */
public record ContactAddress(
        @Size(max = 200) @Nullable String line1,
        @Size(max = 200) @Nullable String line2,
        @Size(max = 100) @Nullable String city,
        @Size(max = 20) @Nullable String postalCode,
        @Size(max = 100) @Nullable String region,

        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 country code such as DE") @Nullable
        String country) {

    public static final ContactAddress EMPTY = new ContactAddress(null, null, null, null, null, null);

    public ContactAddress {
        line1 = Text.clean(line1);
        line2 = Text.clean(line2);
        city = Text.clean(city);
        postalCode = Text.clean(postalCode);
        region = Text.clean(region);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
