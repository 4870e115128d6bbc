package com.mediaflow.team.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, UUID>, JpaSpecificationExecutor<Member> {

    Optional<Member> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Not a versioned change: signing in must not make someone else's edit of the profile stale. */
    @Modifying
    @Query("update Member m set m.lastLoginAt = :now where m.id = :id")
    void recordLogin(UUID id, Instant now);

    @Query("select count(m) from Member m where m.role = com.mediaflow.shared.security.Role.OWNER"
            + " and m.status = com.mediaflow.team.MemberStatus.ACTIVE")
    long countActiveOwners();
}
