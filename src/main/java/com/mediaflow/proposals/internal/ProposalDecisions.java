package com.mediaflow.proposals.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads the clients' decisions (one per version, written once). */
@Component
class ProposalDecisions {

    private final JdbcClient jdbc;

    ProposalDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Decision decision) {
        jdbc.sql("""
                        INSERT INTO proposals_decisions (proposal_id, kind, signer_name, signer_email, reason,
                            signature_type, signature_image, typed_signature, selected_item_ids, content_sha256,
                            number, revision, total, ip, user_agent, decided_at)
                        VALUES (:proposal, :kind, :name, :email, :reason, :signatureType, :image, :typed,
                            :selected, :sha, :number, :revision, :total, :ip, :agent, :at)
                        """)
                .param("proposal", decision.proposalId())
                .param("kind", decision.kind().name())
                .param("name", decision.signerName())
                .param("email", decision.signerEmail())
                .param("reason", decision.reason())
                .param("signatureType", decision.signatureType())
                .param("image", decision.signatureImage())
                .param("typed", decision.typedSignature())
                .param("selected", decision.selectedItemIds().toArray(UUID[]::new))
                .param("sha", decision.contentSha256())
                .param("number", decision.number())
                .param("revision", decision.revision())
                .param("total", decision.total())
                .param("ip", decision.ip())
                .param("agent", decision.userAgent())
                .param("at", Timestamp.from(decision.decidedAt()))
                .update();
    }

    Optional<Decision> find(UUID proposalId) {
        return jdbc.sql("SELECT * FROM proposals_decisions WHERE proposal_id = :id")
                .param("id", proposalId)
                .query((rs, n) -> new Decision(
                        rs.getObject("proposal_id", UUID.class),
                        ProposalStatus.valueOf(rs.getString("kind")),
                        rs.getString("signer_name"),
                        rs.getString("signer_email"),
                        rs.getString("reason"),
                        rs.getString("signature_type"),
                        rs.getBytes("signature_image"),
                        rs.getString("typed_signature"),
                        List.copyOf(Arrays.asList(
                                (UUID[]) rs.getArray("selected_item_ids").getArray())),
                        rs.getString("content_sha256"),
                        rs.getString("number"),
                        rs.getInt("revision"),
                        rs.getBigDecimal("total"),
                        rs.getString("ip"),
                        rs.getString("user_agent"),
                        rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }
}
