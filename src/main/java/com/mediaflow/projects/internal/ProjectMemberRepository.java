package com.mediaflow.projects.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, UUID> {

    Page<ProjectMember> findByProjectId(UUID projectId, Pageable pageable);

    Optional<ProjectMember> findByProjectIdAndMemberId(UUID projectId, UUID memberId);

    boolean existsByProjectIdAndMemberId(UUID projectId, UUID memberId);

    void deleteByProjectId(UUID projectId);
}
