package com.mediaflow.proposals.internal;

import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The timeline of a proposal, shared by all its versions (they share the number). */
@Component
class ProposalActivities {

    private final JdbcClient jdbc;

    ProposalActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Proposal proposal, String kind, String description, @Nullable UUID actorId, Instant at) {
        jdbc.sql("""
                        INSERT INTO proposals_activities
                            (id, proposal_id, number, revision, kind, description, actor_id, occurred_at)
                        VALUES (:id, :proposal, :number, :revision, :kind, :description, :actor, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("proposal", proposal.id())
                .param("number", proposal.number())
                .param("revision", proposal.revision())
                .param("kind", kind)
                .param("description", description)
                .param("actor", actorId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Newest first. */
    PageResponse<ProposalActivityView> list(String number, Paging paging) {
        var total = jdbc.sql("SELECT count(*) FROM proposals_activities WHERE number = :number")
                .param("number", number)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("""
                        SELECT id, proposal_id, revision, kind, description, actor_id, occurred_at
                        FROM proposals_activities WHERE number = :number
                        ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("number", number)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new ProposalActivityView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("proposal_id", UUID.class),
                        rs.getInt("revision"),
                        rs.getString("kind"),
                        rs.getString("description"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
        return PageResponse.of(new PageImpl<>(rows, PageRequest.of(paging.page() - 1, paging.limit()), total));
    }
}
