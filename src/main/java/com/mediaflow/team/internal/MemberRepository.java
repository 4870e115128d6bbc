package com.mediaflow.team.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, UUID>, JpaSpecificationExecutor<Member> {

    Optional<Member> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(m) from Member m where m.role = com.mediaflow.shared.security.Role.OWNER"
            + " and m.status = com.mediaflow.team.MemberStatus.ACTIVE")
    long countActiveOwners();
}
