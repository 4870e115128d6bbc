package com.mediaflow.proposals.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a proposal's timeline.
 *
 * @param proposalId the version it happened to
 * @param version that version's number
 * @param kind {@code created}, {@code updated}, {@code sent}, {@code viewed}, {@code revised},
 *     {@code duplicated}, {@code accepted}, {@code rejected}, {@code signed}, {@code expired},
 *     {@code deleted}, {@code project_linked}
 * @param actorId the member who did it, or {@code null} for the client or the system
 */
public record ProposalActivityView(
        UUID id,
        UUID proposalId,
        int version,
        String kind,
        String description,
        @Nullable UUID actorId,
        Instant occurredAt) {}
