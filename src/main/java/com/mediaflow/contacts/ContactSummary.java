package com.mediaflow.contacts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules need to show a contact: a client on a project, invoice or proposal.
 *
 * @param displayName a company's name, or a person's first and last name
 * @param companyId the company a person belongs to; always {@code null} for a company
 */
public record ContactSummary(
        UUID id,
        ContactType type,
        String displayName,
        @Nullable String email,
        @Nullable UUID companyId) {}
