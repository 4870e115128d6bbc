package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactType;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Filters of the contact list. All given filters must match.
 *
 * @param q words that must each appear in the name, e-mail, company name or tags
 * @param createdFrom first day of creation, inclusive, in the studio's time zone
 * @param createdTo last day of creation, inclusive, in the studio's time zone
 */
public record ContactFilter(
        @Parameter(description = "Words that must each appear in the name, e-mail, company name or tags") @Nullable
        String q,

        @Parameter(description = "Only contacts with this tag (tags are lower-case)") @Nullable
        String tag,

        @Parameter(description = "Only contacts looked after by this team member") @BindParam("owner_id") @Nullable
        UUID ownerId,

        @Parameter(description = "Only the people of this company") @BindParam("company_id") @Nullable
        UUID companyId,

        @Parameter(description = "person or company") @Nullable
        ContactType type,

        @Parameter(description = "Created on or after this day (studio time zone)")
        @BindParam("created_from")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate createdFrom,

        @Parameter(description = "Created on or before this day (studio time zone)")
        @BindParam("created_to")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate createdTo) {}
