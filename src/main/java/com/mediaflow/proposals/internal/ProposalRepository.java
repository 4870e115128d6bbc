package com.mediaflow.proposals.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, UUID>, JpaSpecificationExecutor<Proposal> {

    @Query("select p from Proposal p where p.id = :id and p.deletedAt is null")
    Optional<Proposal> findLive(@Param("id") UUID id);

    /** The version a public link belongs to, locked: views and decisions on it run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.tokenHash = :hash and p.deletedAt is null")
    Optional<Proposal> lockByTokenHash(@Param("hash") String hash);

    @Query("select p from Proposal p where p.tokenHash = :hash and p.deletedAt is null")
    Optional<Proposal> findByTokenHash(@Param("hash") String hash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> lockById(@Param("id") UUID id);

    @Query("select p from Proposal p where p.number = :number order by p.revision desc")
    List<Proposal> versionsOf(@Param("number") String number);

    @Query("select p.id from Proposal p where p.number = :number")
    List<UUID> idsOfVersions(@Param("number") String number);

    @Query("select p from Proposal p where p.leadId = :leadId and p.deletedAt is null")
    List<Proposal> findByLead(@Param("leadId") UUID leadId);
}
