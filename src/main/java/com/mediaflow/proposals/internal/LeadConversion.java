package com.mediaflow.proposals.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of converting a lead.
 *
 * @param contactId the client contact (created, or the live contact that already had the lead's e-mail)
 * @param projectId the project started for it, when one was asked for
 */
@Schema(name = "LeadConversion")
public record LeadConversion(
        UUID leadId, UUID contactId, @Nullable UUID projectId, LeadView lead) {}
