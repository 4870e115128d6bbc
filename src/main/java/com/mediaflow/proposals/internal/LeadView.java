package com.mediaflow.proposals.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead as the studio sees it.
 *
 * @param status where it is in the pipeline
 * @param allowedTransitions the statuses it may move to next
 * @param contactId the client contact it became (once converted)
 * @param projectId the project started for it (once converted with a project)
 * @param version the edit version; send it back on {@code PUT}
 */
@Schema(name = "Lead")
public record LeadView(
        UUID id,
        String name,
        @Nullable String company,
        @Nullable String email,
        @Nullable String phone,
        LeadStatus status,
        List<LeadStatus> allowedTransitions,
        @Nullable BigDecimal estimatedValue,
        String currency,
        @Nullable String source,
        @Nullable UUID ownerId,
        @Nullable LocalDate expectedCloseDate,
        @Nullable String notes,
        @Nullable UUID contactId,
        @Nullable UUID projectId,
        @Nullable Instant convertedAt,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static LeadView of(Lead lead) {
        var value = lead.estimatedValue();
        return new LeadView(
                lead.id(),
                lead.name(),
                lead.company(),
                lead.email(),
                lead.phone(),
                lead.status(),
                List.copyOf(lead.status().next()),
                value == null
                        ? null
                        : value.setScale(
                                com.mediaflow.shared.money.Money.currency(lead.currency())
                                        .getDefaultFractionDigits(),
                                java.math.RoundingMode.HALF_UP),
                lead.currency(),
                lead.source(),
                lead.ownerId(),
                lead.expectedCloseDate(),
                lead.notes(),
                lead.contactId(),
                lead.projectId(),
                lead.convertedAt(),
                lead.createdBy(),
                lead.createdAt(),
                lead.updatedAt(),
                lead.version());
    }
}
