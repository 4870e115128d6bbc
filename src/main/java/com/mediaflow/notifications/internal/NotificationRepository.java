package com.mediaflow.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends Repository<Notification, UUID>, JpaSpecificationExecutor<Notification> {

    Optional<Notification> findByIdAndMemberId(UUID id, UUID memberId);

    long countByMemberIdAndReadAtIsNull(UUID memberId);

    /** What a member missed after the given stream position, oldest first. */
    List<Notification> findByMemberIdAndSeqGreaterThanOrderBySeqAsc(UUID memberId, long seq, Limit limit);

    List<Notification> findByMemberIdAndSeqGreaterThanOrderBySeqDesc(UUID memberId, long seq, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE Notification n SET n.readAt = :now, n.version = n.version + 1
            WHERE n.memberId = :memberId AND n.readAt IS NULL
            """)
    int markAllRead(@Param("memberId") UUID memberId, @Param("now") Instant now);

    @Modifying
    @Query("DELETE FROM Notification n WHERE n.readAt IS NOT NULL AND n.readAt < :before")
    int deleteReadBefore(@Param("before") Instant before);
}
