package com.mediaflow.proposals.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The client's decision on one version, as recorded: the evidence. Never changed once written
 * (a database trigger refuses updates and deletes).
 *
 * @param contentSha256 SHA-256 (hex) of the version's canonical content ({@link ProposalContent})
 *     at the moment of the decision
 */
record Decision(
        UUID proposalId,
        ProposalStatus kind,
        String signerName,
        String signerEmail,
        @Nullable String reason,
        @Nullable String signatureType,
        byte @Nullable [] signatureImage,
        @Nullable String typedSignature,
        List<UUID> selectedItemIds,
        String contentSha256,
        String number,
        int revision,
        BigDecimal total,
        String ip,
        @Nullable String userAgent,
        Instant decidedAt) {

    /** Whether a repeated request is the same decision by the same person. */
    boolean sameAs(ProposalStatus otherKind, String name, String email) {
        return kind == otherKind && signerName.equals(name.strip()) && signerEmail.equalsIgnoreCase(email.strip());
    }
}
