package com.mediaflow.team.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByMemberIdAndStatus(UUID memberId, Invitation.Status status);

    Page<Invitation> findByStatus(Invitation.Status status, Pageable pageable);
}
