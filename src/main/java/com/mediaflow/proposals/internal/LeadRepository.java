package com.mediaflow.proposals.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LeadRepository extends JpaRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

    @Query("select l from Lead l where l.id = :id and l.deletedAt is null")
    Optional<Lead> findLive(@Param("id") UUID id);

    /** Converting runs one at a time per lead, so a second convert sees the first one's result. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.id = :id and l.deletedAt is null")
    Optional<Lead> lockLive(@Param("id") UUID id);
}
